package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.calicobgp.api.manifest.ManifestException.Problem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every decoding rule's error: file, line, column, resource and field in one message line. */
class ManifestErrorsTest {

  /** A BGPPeer "p" whose spec fields start on line 6, column 3. */
  private static final String PEER =
      "apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata:\n  name: p\nspec:\n";

  private static ManifestException failure(String text) {
    ManifestException e =
        catchThrowableOfType(ManifestException.class, () -> Manifests.read(text, "test.yaml"));
    assertThat(e).as("reading should fail:\n%s", text).isNotNull();
    return e;
  }

  private static String message(String text) {
    ManifestException e = failure(text);
    assertThat(e.problems()).hasSize(1);
    return e.getMessage();
  }

  @Test
  void unknownFieldSuggestsTheRightCase() {
    assertThat(message(PEER + "  peerIp: 10.0.0.1\n"))
        .isEqualTo("test.yaml:6:3: BGPPeer/p: spec.peerIp: unknown field \"peerIp\" (did you"
            + " mean \"peerIP\"? field names are case-sensitive)");
  }

  @Test
  void unknownTopLevelField() {
    assertThat(message(PEER + "  peerIP: 10.0.0.1\nstatus: {}\n"))
        .isEqualTo("test.yaml:7:1: BGPPeer/p: status: unknown field \"status\"");
  }

  @Test
  void problemCarriesItsParts() {
    Problem p = failure(PEER + "  peerIp: 10.0.0.1\n").problems().get(0);
    assertThat(p.location()).isEqualTo(new SourceLocation("test.yaml", 6, 3));
    assertThat(p.resource()).isEqualTo("BGPPeer/p");
    assertThat(p.fieldPath()).isEqualTo("spec.peerIp");
  }

  @Test
  void wrongTypes() {
    assertThat(message(PEER + "  keepOriginalNextHop: \"yes\"\n"))
        .isEqualTo("test.yaml:6:24: BGPPeer/p: spec.keepOriginalNextHop: expected a boolean"
            + " (true or false), got string \"yes\"");
    assertThat(message(PEER + "  filters: f1\n"))
        .isEqualTo("test.yaml:6:12: BGPPeer/p: spec.filters: expected a list, got string"
            + " \"f1\"");
    assertThat(message(PEER + "  password: secret\n"))
        .isEqualTo("test.yaml:6:13: BGPPeer/p: spec.password: expected a mapping, got string"
            + " \"secret\"");
    assertThat(message(PEER + "  peerIP: [10.0.0.1]\n"))
        .isEqualTo("test.yaml:6:11: BGPPeer/p: spec.peerIP: expected a string, got a list");
    assertThat(message("kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
            + "  labels: [a]\n"))
        .isEqualTo("test.yaml:5:11: Node/node1: metadata.labels: expected a mapping of strings,"
            + " got a list");
    assertThat(message("kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
            + "  labels:\n    a: {b: c}\n"))
        .isEqualTo("test.yaml:6:8: Node/node1: metadata.labels[a]: expected a string, got a"
            + " mapping");
  }

  @Test
  void duplicateKeys() {
    assertThat(message(PEER + "  peerIP: 10.0.0.1\n  peerIP: 10.0.0.2\n"))
        .isEqualTo("test.yaml:7:3: BGPPeer/p: spec: duplicate key \"peerIP\"");
    assertThat(message("kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
            + "  labels: {a: x, a: y}\n"))
        .isEqualTo("test.yaml:5:18: Node/node1: metadata.labels: duplicate key \"a\"");
  }

  @Test
  void integersMustFitTheirGoType() {
    assertThat(message(PEER + "  ttlSecurity: 300\n"))
        .isEqualTo("test.yaml:6:16: BGPPeer/p: spec.ttlSecurity: 300 does not fit uint8");
    assertThat(message(PEER + "  ttlSecurity: -1\n"))
        .isEqualTo("test.yaml:6:16: BGPPeer/p: spec.ttlSecurity: -1 does not fit uint8");
    assertThat(message(PEER + "  numAllowedLocalASNumbers: 3000000000\n"))
        .endsWith("spec.numAllowedLocalASNumbers: 3000000000 does not fit int32");
    assertThat(message("kind: BGPConfiguration\napiVersion: projectcalico.org/v3\n"
            + "metadata: {name: default}\nspec:\n  listenPort: 70000\n"))
        .isEqualTo("test.yaml:5:15: BGPConfiguration/default: spec.listenPort: 70000 does not"
            + " fit uint16");
  }

  @Test
  void integersMustBeIntegral() {
    assertThat(message(PEER + "  ttlSecurity: 1.5\n"))
        .isEqualTo("test.yaml:6:16: BGPPeer/p: spec.ttlSecurity: expected an integer, got"
            + " number 1.5");
    assertThat(message(PEER + "  ttlSecurity: \"5\"\n"))
        .endsWith("spec.ttlSecurity: expected an integer, got string \"5\"");
    assertThat(message(PEER + "  ttlSecurity: 1e30\n"))
        .endsWith("spec.ttlSecurity: expected an integer, got number 1e30");
  }

  @Test
  void asNumbers() {
    assertThat(message(PEER + "  asNumber: 1.10\n"))
        .isEqualTo("test.yaml:6:13: BGPPeer/p: spec.asNumber: AS number 1.10 is not an integer"
            + " (write an asdot AS number in quotes, e.g. \"1.10\")");
    assertThat(message(PEER + "  asNumber: 4294967296\n"))
        .endsWith("spec.asNumber: AS number 4294967296 is out of range 0..4294967295");
    assertThat(message(PEER + "  asNumber: -1\n"))
        .endsWith("spec.asNumber: AS number -1 is out of range 0..4294967295");
    assertThat(message(PEER + "  asNumber: \"65536.1\"\n"))
        .endsWith("spec.asNumber: invalid AS Number format (65536.1)");
    assertThat(message(PEER + "  asNumber: yes\n"))
        .endsWith("spec.asNumber: expected an AS number, got boolean yes");
  }

  @Test
  void durationsAreStrings() {
    assertThat(message(PEER + "  maxRestartTime: 10\n"))
        .isEqualTo("test.yaml:6:19: BGPPeer/p: spec.maxRestartTime: expected a duration string"
            + " such as \"90s\", got number 10");
    assertThat(message(PEER + "  maxRestartTime: 10x\n"))
        .startsWith("test.yaml:6:19: BGPPeer/p: spec.maxRestartTime: ")
        .contains("10x");
  }

  @Test
  void intOrStringTakesNoBoolean() {
    assertThat(message("kind: Service\napiVersion: v1\nmetadata: {name: s, namespace: d}\n"
            + "spec:\n  ports:\n  - port: 80\n    targetPort: true\n"))
        .isEqualTo("test.yaml:7:17: Service/d/s: spec.ports[0].targetPort: expected an integer"
            + " or a string, got boolean true");
  }

  @Test
  void secretDataMustBeBase64() {
    assertThat(message("kind: Secret\napiVersion: v1\nmetadata: {name: s, namespace: ns}\n"
            + "data:\n  ok: cGFzcw==\n  bad: not base64!\n"))
        .isEqualTo("test.yaml:6:8: Secret/ns/s: data[bad]: not valid base64 (standard"
            + " alphabet, with padding)");
    assertThat(message("kind: Secret\napiVersion: v1\nmetadata: {name: s}\ndata:\n  k: 12\n"))
        .endsWith("data[k]: expected a base64 string, got number 12");
  }

  @Test
  void mappingKeysMustBeScalarsAndNotNull() {
    assertThat(message("kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
            + "  labels: {~: x}\n"))
        .isEqualTo("test.yaml:5:12: Node/node1: metadata.labels: a mapping key cannot be null");
    assertThat(message("kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
            + "  labels: {[a]: x}\n"))
        .isEqualTo("test.yaml:5:12: Node/node1: metadata.labels: a mapping key must be a scalar,"
            + " got a list");
  }

  @Test
  void kindsAndApiVersions() {
    assertThat(message("apiVersion: projectcalico.org/v3\nkind: Foo\nmetadata: {name: x}\n"))
        .startsWith("test.yaml:2:7: kind: unknown kind \"Foo\" (apiVersion"
            + " \"projectcalico.org/v3\"); known: projectcalico.org/v3 BGPConfiguration,")
        .contains("v1 Secret", "discovery.k8s.io/v1 EndpointSlice", "v1 List");
    assertThat(message("apiVersion: crd.projectcalico.org/v1\nkind: WorkloadEndpoint\n"
            + "metadata:\n  name: p\n"))
        .isEqualTo("test.yaml:1:13: WorkloadEndpoint/p: apiVersion: wrong apiVersion"
            + " \"crd.projectcalico.org/v1\": kind WorkloadEndpoint is projectcalico.org/v3");
    assertThat(message("apiVersion: v1\nkind: BGPPeer\nmetadata:\n  name: p\n"))
        .isEqualTo("test.yaml:1:13: BGPPeer/p: apiVersion: wrong apiVersion \"v1\": kind BGPPeer"
            + " is projectcalico.org/v3 (or crd.projectcalico.org/v1 as stored in Kubernetes)");
    assertThat(message("kind: BGPPeer\nmetadata: {name: p}\n"))
        .isEqualTo("test.yaml:1:1: BGPPeer/p: apiVersion: missing apiVersion: kind BGPPeer is"
            + " projectcalico.org/v3 (or crd.projectcalico.org/v1 as stored in Kubernetes)");
    assertThat(message("apiVersion: v1\nmetadata: {name: p}\n"))
        .isEqualTo("test.yaml:1:1: missing kind: every resource needs apiVersion and kind");
    assertThat(message("just a string\n"))
        .isEqualTo("test.yaml:1:1: expected a resource (a mapping with apiVersion and kind),"
            + " got string \"just a string\"");
  }

  @Test
  void listItemsMustMatchTheirList() {
    assertThat(message("apiVersion: projectcalico.org/v3\nkind: BGPPeerList\nitems:\n"
            + "- kind: Node\n"))
        .isEqualTo("test.yaml:4:9: BGPPeer/<unnamed>: kind: expected BGPPeer, got string"
            + " \"Node\"");
    assertThat(message("apiVersion: v1\nkind: List\nitems:\n- kind: BGPPeerList\n"
            + "  apiVersion: projectcalico.org/v3\n"))
        .isEqualTo("test.yaml:4:9: kind: a BGPPeerList cannot be an item of a list");
    assertThat(message("apiVersion: v1\nkind: List\nmetadata: {resourceVersion: \"1\"}\n"
            + "items: {}\n"))
        .isEqualTo("test.yaml:4:8: items: expected a list of resources, got a mapping");
  }

  @Test
  void tagsMustFitTheirValue() {
    assertThat(message(PEER + "  ttlSecurity: !!int abc\n"))
        .isEqualTo("test.yaml:6:16: cannot decode !!str `abc` as a !!int");
  }

  @Test
  void mergeKeysNeedMappings() {
    assertThat(message("kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
            + "  labels:\n    <<: [a]\n"))
        .isEqualTo("test.yaml:6:10: Node/node1: metadata.labels: a merge key (<<) needs a mapping"
            + " or a list of mappings, got string \"a\"");
  }

  @Test
  void syntaxErrors() {
    assertThat(message("a: b: c\n"))
        .startsWith("test.yaml:1:5: invalid YAML: mapping values are not allowed here");
    assertThat(message("{\"kind\": \"Node\"\n")).startsWith("test.yaml:2:1: invalid JSON: ");
    assertThat(message("{\"kind\": \"Node\"} {}\n"))
        .isEqualTo("test.yaml:1:18: unexpected content after the JSON value");
  }

  @Test
  void jsonProblemsHavePositions() {
    String json =
        "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"BGPPeer\",\n"
            + " \"metadata\": {\"name\": \"p\"},\n"
            + " \"spec\": {\"ttlSecurity\": 300, \"peerIp\": \"x\"}}\n";
    ManifestException e = failure(json);
    assertThat(e.getMessage())
        .isEqualTo("test.yaml:3:26: BGPPeer/p: spec.ttlSecurity: 300 does not fit uint8\n"
            + "test.yaml:3:31: BGPPeer/p: spec.peerIp: unknown field \"peerIp\" (did you mean"
            + " \"peerIP\"? field names are case-sensitive)");
  }

  @Test
  void everyProblemOfEveryDocumentIsReportedAndNothingIsRead() {
    ManifestException e =
        failure(PEER + "  ttlSecurity: 300\n  peerIp: x\n---\n" + PEER + "  asNumber: 1.10\n");
    assertThat(e.problems())
        .extracting(p -> p.location().line() + " " + p.fieldPath())
        .containsExactly("6 spec.ttlSecurity", "7 spec.peerIp", "14 spec.asNumber");
    assertThat(e.getMessage().lines()).hasSize(3);
  }

  @Test
  void problemsStopAtTheLimit() {
    String docs = (PEER + "  peerIp: x\n---\n").repeat(150);
    ManifestException e = failure(docs);
    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).message())
        .isEqualTo("too many problems; stopped reading after 100");
  }

  @Test
  void unreadableSources(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.yaml");
    ManifestException e =
        catchThrowableOfType(ManifestException.class, () -> Manifests.read(missing));
    assertThat(e.getMessage()).isEqualTo(missing + ":1:1: cannot read: no such file");

    Path bad = dir.resolve("bad.yaml");
    Files.write(bad, new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xff, '\n'});
    e = catchThrowableOfType(ManifestException.class, () -> Manifests.read(bad));
    assertThat(e.getMessage()).isEqualTo(bad + ":2:4: not valid UTF-8 text");

    e =
        catchThrowableOfType(
            ManifestException.class,
            () -> Manifests.read(new ByteArrayInputStream(new byte[] {(byte) 0xc3}), "-"));
    assertThat(e.getMessage()).isEqualTo("-:1:1: not valid UTF-8 text");
  }

  @Test
  void filesAreAllOrNothing(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.yaml");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(good, PEER + "  peerIP: 10.0.0.1\n");
    Files.writeString(bad, PEER + "  peerIP: [x]\n");
    ManifestException e =
        catchThrowableOfType(ManifestException.class, () -> Manifests.read(List.of(good, bad)));
    assertThat(e.problems()).singleElement()
        .extracting(p -> p.location().file()).isEqualTo(bad.toString());
  }
}
