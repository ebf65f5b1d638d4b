package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.IntOrString;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.value.ASNumber;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading gives: Calico's YAML semantics, the document forms, and source locations. */
class ManifestReadingTest {

  private static final String PEER =
      "apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata:\n  name: p\nspec:\n";

  private static BGPPeerSpec peerSpec(String specLines) {
    return Manifests.read(PEER + specLines, "t.yaml").ofType(BGPPeer.class).get(0).spec();
  }

  private static Map<String, String> labels(String flowMapping) {
    String yaml = "kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: node1\n"
        + "  labels: " + flowMapping + "\n";
    return Manifests.read(yaml, "t.yaml").ofType(Node.class).get(0).metadata().labels();
  }

  @Test
  void scalarsBecomeTheTextCalicoWouldSee() {
    assertThat(labels("{a: yes, b: on, c: 0x10, d: 1.10, e: 1e6, f: ~, g: 2001-12-14,"
            + " h: 5663:12, i: 012, j: .inf, k: \"yes\", l: 'on', m: 1_000, n2: 1.0, o: -0}"))
        .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
            Map.entry("a", "true"), Map.entry("b", "true"), Map.entry("c", "16"),
            Map.entry("d", "1.1"), Map.entry("e", "1e+06"), Map.entry("f", ""),
            Map.entry("g", "2001-12-14"), Map.entry("h", "5663:12"), Map.entry("i", "10"),
            Map.entry("j", "+Inf"), Map.entry("k", "yes"), Map.entry("l", "on"),
            Map.entry("m", "1000"), Map.entry("n2", "1"), Map.entry("o", "0")));
  }

  @Test
  void keysBecomeText() {
    assertThat(labels("{yes: a, n: b, 1.50: c, 0x1f: d, .nan: e}"))
        .containsOnlyKeys("true", "false", "1.5", "31", ".nan");
  }

  @Test
  void aNodeNamedNIsNamedFalse() {
    String yaml = "kind: Node\napiVersion: projectcalico.org/v3\nmetadata:\n  name: n\n";
    Node node = Manifests.read(yaml, "t.yaml").ofType(Node.class).get(0);
    assertThat(node.metadata().name()).isEqualTo("false");
  }

  @Test
  void nullLeavesAFieldAbsent() {
    assertThat(peerSpec("  peerIP: ~\n  asNumber: null\n  filters:\n")).isEqualTo(
        BGPPeerSpec.builder().build());
    assertThat(Manifests.read(PEER.replace("spec:\n", "spec: null\n"), "t.yaml")
            .ofType(BGPPeer.class).get(0).spec())
        .isEqualTo(BGPPeerSpec.builder().build());
  }

  @Test
  void nullListItemsAreZeroValues() {
    assertThat(peerSpec("  filters: [~, f]\n").filters()).containsExactly("", "f");
  }

  @Test
  void numbersInEveryForm() {
    BGPPeerSpec spec =
        peerSpec("  asNumber: \"1.10\"\n  localASNumber: 0x10\n  ttlSecurity: 2.0\n"
            + "  numAllowedLocalASNumbers: 1e3\n  keepOriginalNextHop: on\n");
    assertThat(spec.asNumber()).isEqualTo(ASNumber.of(65546));
    assertThat(spec.localASNumber()).isEqualTo(ASNumber.of(16));
    assertThat(spec.ttlSecurity()).isEqualTo(2);
    assertThat(spec.numAllowedLocalASNumbers()).isEqualTo(1000);
    assertThat(spec.keepOriginalNextHop()).isTrue();
  }

  @Test
  void intOrString() {
    String yaml = "kind: Service\napiVersion: v1\nmetadata: {name: s}\nspec:\n  ports:\n"
        + "  - {port: 80, targetPort: http}\n  - {port: 81, targetPort: 8081}\n"
        + "  - {port: 82, targetPort: \"8082\"}\n";
    Service service = Manifests.read(yaml, "t.yaml").ofType(Service.class).get(0);
    assertThat(service.spec().ports())
        .extracting(Service.Port::targetPort)
        .containsExactly(IntOrString.of("http"), IntOrString.of(8081), IntOrString.of("8082"));
  }

  @Test
  void secretsWithDataAndStringData() {
    String yaml = "kind: Secret\napiVersion: v1\nmetadata: {name: s, namespace: kube-system}\n"
        + "data:\n  a: cGFzc3dvcmQtYQ==\nstringData:\n  b: yes\n";
    Secret secret = Manifests.read(yaml, "t.yaml").ofType(Secret.class).get(0);
    assertThat(secret.value("a")).hasValue("password-a");
    assertThat(secret.value("b")).hasValue("true");
  }

  @Test
  void explicitTags() {
    assertThat(labels("{a: !!str 123, b: !!str yes, c: !!binary aGk=, d: !custom x}"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a", "123", "b", "yes", "c", "hi", "d", "x"));
    assertThat(peerSpec("  ttlSecurity: !!int \"5\"\n").ttlSecurity()).isEqualTo(5);
  }

  @Test
  void anchorsAliasesAndMergeKeys() {
    String yaml = "apiVersion: v1\nkind: List\nitems:\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: Node\n  metadata:\n    name: a\n"
        + "    labels: &common {team: net, tier: edge}\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: Node\n  metadata:\n    name: b\n"
        + "    labels:\n      tier: core\n      <<: [*common, {zone: z1, team: other}]\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: Node\n  metadata:\n    name: c\n"
        + "    labels: *common\n";
    List<Node> nodes = Manifests.read(yaml, "t.yaml").ofType(Node.class);
    assertThat(nodes.get(1).metadata().labels())
        .isEqualTo(Map.of("team", "net", "tier", "core", "zone", "z1"));
    assertThat(nodes.get(2).metadata().labels()).isEqualTo(nodes.get(0).metadata().labels());
  }

  @Test
  void documentForms() {
    String yaml = "# only a comment\n---\n---\n"
        + "apiVersion: projectcalico.org/v3\nkind: BGPPeerList\nmetadata: {resourceVersion: '7'}\n"
        + "items:\n- metadata: {name: p1}\n- kind: BGPPeer\n  apiVersion: projectcalico.org/v3\n"
        + "  metadata: {name: p2}\n"
        + "---\napiVersion: v1\nkind: List\nitems:\n"
        + "- {apiVersion: projectcalico.org/v3, kind: Node, metadata: {name: n1}}\n"
        + "- {apiVersion: v1, kind: Secret, metadata: {name: s1}}\n"
        + "---\n- {apiVersion: projectcalico.org/v3, kind: BGPFilter, metadata: {name: f1}}\n"
        + "...\n";
    assertThat(Manifests.read(yaml, "t.yaml").all())
        .extracting(Resource::displayName)
        .containsExactly("BGPPeer/p1", "BGPPeer/p2", "Node/n1", "Secret/s1", "BGPFilter/f1");
    assertThat(Manifests.read("# nothing\n", "t.yaml").size()).isZero();
    assertThat(Manifests.read("", "t.yaml").size()).isZero();
  }

  @Test
  void jsonInput() {
    String json = "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"Node\", \"metadata\":"
        + " {\"name\": \"n\", \"labels\": {\"a\": \"yes\", \"b\": true, \"c\": 1.0, \"d\": \"\"}}}";
    Node node = Manifests.read(json, "t.json").ofType(Node.class).get(0);
    assertThat(node.metadata().name()).isEqualTo("n");
    assertThat(node.metadata().labels())
        .isEqualTo(Map.of("a", "yes", "b", "true", "c", "1", "d", ""));
  }

  @Test
  void yamlFlowSyntaxThatLooksLikeJson() {
    Node node = Manifests.read("{apiVersion: projectcalico.org/v3, kind: Node,"
        + " metadata: {name: n1, labels: {a: yes}}}", "t.yaml").ofType(Node.class).get(0);
    assertThat(node.metadata().labels()).isEqualTo(Map.of("a", "true"));
  }

  @Test
  void locationsOfResourcesAndValues() {
    String yaml = "# header\n" + PEER + "  peerIP: 10.0.0.1\n  filters:\n  - f1\n"
        + "---\napiVersion: projectcalico.org/v3\nkind: BGPFilter\nmetadata:\n  name: f1\n"
        + "  labels: {app: x}\nspec:\n  exportV4:\n  - action: Accept\n    interface: eth0\n";
    ResourceSet set = Manifests.read(yaml, "t.yaml");
    BGPPeer peer = set.ofType(BGPPeer.class).get(0);
    BGPFilter filter = set.ofType(BGPFilter.class).get(0);
    assertThat(set.locationOf(peer)).hasValue(new SourceLocation("t.yaml", 2, 1));
    assertThat(set.locationOf(peer, "spec.peerIP")).hasValue(new SourceLocation("t.yaml", 7, 11));
    assertThat(set.locationOf(peer, "spec.filters[0]"))
        .hasValue(new SourceLocation("t.yaml", 9, 5));
    assertThat(set.locationOf(peer, "spec.asNumber")).hasValue(new SourceLocation("t.yaml", 7, 3));
    assertThat(set.locationOf(peer, "")).hasValue(new SourceLocation("t.yaml", 2, 1));
    assertThat(set.locationOf(filter)).hasValue(new SourceLocation("t.yaml", 11, 1));
    assertThat(set.locationOf(filter, "metadata.labels[app]"))
        .hasValue(new SourceLocation("t.yaml", 15, 17));
    assertThat(set.locationOf(filter, "spec.exportV4[0].interface"))
        .hasValue(new SourceLocation("t.yaml", 19, 16));
    assertThat(set.locationOf(filter, "spec.exportV4[0].cidr"))
        .hasValue(new SourceLocation("t.yaml", 18, 5));
    assertThat(set.locationOf(filter, "metadata.labels[missing.key/x]"))
        .hasValue(new SourceLocation("t.yaml", 15, 11));
    BGPPeer equalButNotRead = new BGPPeer(peer.metadata(), peer.spec());
    assertThat(set.locationOf(equalButNotRead)).isEmpty();
    assertThat(set.locationOf(equalButNotRead, "spec.peerIP")).isEmpty();
  }

  @Test
  void equalResourcesKeepTheirOwnLocations() {
    String doc = "apiVersion: projectcalico.org/v3\nkind: Node\nmetadata: {name: x}\n";
    ResourceSet set = Manifests.read(doc + "---\n" + doc, "t.yaml");
    assertThat(set.all().get(0)).isEqualTo(set.all().get(1));
    assertThat(set.locationOf(set.all().get(0)).orElseThrow().line()).isEqualTo(1);
    assertThat(set.locationOf(set.all().get(1)).orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void filesStreamsAndSets(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.json");
    Files.writeString(a, PEER + "  peerIP: 10.0.0.1\n");
    byte[] utf16 = ("\uFEFF{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"Node\","
        + " \"metadata\": {\"name\": \"été\"}}").getBytes(StandardCharsets.UTF_16LE);
    Files.write(b, utf16);
    ResourceSet files = Manifests.read(a, b);
    assertThat(files.all()).extracting(Resource::displayName)
        .containsExactly("BGPPeer/p", "Node/été");
    assertThat(files.locationOf(files.all().get(1)).orElseThrow().file())
        .isEqualTo(b.toString());

    ResourceSet stdin = Manifests.read(
        new ByteArrayInputStream(("\uFEFF" + PEER).getBytes(StandardCharsets.UTF_8)), "-");
    assertThat(stdin.locationOf(stdin.all().get(0))).hasValue(new SourceLocation("-", 1, 1));

    ResourceSet both = files.plus(stdin);
    assertThat(both.size()).isEqualTo(3);
    assertThat(both.locationOf(both.all().get(2))).hasValue(new SourceLocation("-", 1, 1));
    assertThat(both.locationOf(both.all().get(0), "spec.peerIP"))
        .hasValue(new SourceLocation(a.toString(), 6, 11));
    assertThat(both.ofType(Node.class)).hasSize(1);
    assertThat(files.plus(ResourceSet.empty())).isSameAs(files);

    Node plain = new Node(ObjectMeta.named("x"), null);
    ResourceSet built = ResourceSet.of(List.of(plain));
    assertThat(built.all()).containsExactly(plain);
    assertThat(built.locationOf(plain)).isEmpty();
  }
}
