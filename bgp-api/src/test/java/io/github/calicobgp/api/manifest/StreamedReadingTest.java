package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The items of a kubectl {@code v1 List} decoded as they are parsed, and the values skipped while
 * parsing ({@code managedFields}, what Calico does not read of a Kubernetes Node): the outcome is
 * always the one of the whole tree, including when the guess that started the streaming turns
 * out wrong.
 */
class StreamedReadingTest {

  private static final String BAD_PEER =
      "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"BGPPeer\","
          + " \"metadata\": {\"name\": \"%s\"}, \"spec\": {\"peerIp\": \"10.0.0.1\"}}";

  private static List<String> problems(String text, String name) {
    ManifestException e =
        catchThrowableOfType(ManifestException.class, () -> Manifests.read(text, name));
    assertThat(e).as("expected problems").isNotNull();
    return e.problems().stream().map(ManifestException.Problem::toString).toList();
  }

  @Test
  void aKubectlJsonListReportsItsProblemsInTheOrderOfTheText() {
    // kubectl's order (items before kind and metadata): the items are streamed.
    String streamed = "{\"apiVersion\": \"v1\", \"items\": [\n"
        + BAD_PEER.formatted("a") + ",\n" + BAD_PEER.formatted("b") + "\n],\n"
        + "\"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\", \"colour\": 1}}\n";
    assertThat(problems(streamed, "dump.json")).containsExactly(
        "dump.json:2:95: BGPPeer/a: spec.peerIp: unknown field \"peerIp\" (did you mean"
            + " \"peerIP\"? field names are case-sensitive)",
        "dump.json:3:95: BGPPeer/b: spec.peerIp: unknown field \"peerIp\" (did you mean"
            + " \"peerIP\"? field names are case-sensitive)",
        "dump.json:5:53: metadata.colour: unknown field \"colour\"");
    // The metadata first: the list is read whole, and still in the order of the text.
    String whole = "{\"apiVersion\": \"v1\", \"metadata\": {\"colour\": 1}, \"items\": [\n"
        + BAD_PEER.formatted("a") + "\n], \"kind\": \"List\"}\n";
    assertThat(problems(whole, "dump.json")).containsExactly(
        "dump.json:1:35: metadata.colour: unknown field \"colour\"",
        "dump.json:2:95: BGPPeer/a: spec.peerIp: unknown field \"peerIp\" (did you mean"
            + " \"peerIP\"? field names are case-sensitive)");
  }

  @Test
  void aListThatTurnsOutToBeAKindListIsReadAgainWhole() {
    // apiVersion v1 before the items looks like kubectl's List, but a NodeList's items are
    // Kubernetes Nodes even without their own kind.
    String json = "{\"apiVersion\": \"v1\", \"items\": [{\"metadata\": {\"name\": \"n1\","
        + " \"annotations\": {\"projectcalico.org/IPv4Address\": \"10.0.0.1/24\"}}}],"
        + " \"kind\": \"NodeList\"}";
    ResourceSet set = Manifests.read(json, "nodes.json");
    assertThat(set.ofType(Node.class)).singleElement()
        .satisfies(n -> assertThat(n.spec().bgp().ipv4Address()).isEqualTo("10.0.0.1/24"));
    String yaml = """
        apiVersion: v1
        items:
        - metadata: {name: n1}
        kind: NodeList
        """;
    assertThat(Manifests.read(yaml, "nodes.yaml").ofType(Node.class)).hasSize(1);
  }

  @Test
  void aSecondItemsKeyIsADuplicateAndTheItemsAreReadOnce() {
    String json = "{\"apiVersion\": \"v1\", \"items\": [" + BAD_PEER.formatted("a")
        + "], \"kind\": \"List\", \"items\": []}";
    assertThat(problems(json, "l.json")).containsExactly(
        "l.json:1:126: BGPPeer/a: spec.peerIp: unknown field \"peerIp\" (did you mean"
            + " \"peerIP\"? field names are case-sensitive)",
        "l.json:1:167: duplicate key \"items\"");
  }

  @Test
  void aSyntaxErrorAfterStreamedItemsLeavesOnlyTheSyntaxError() {
    String json = "{\"apiVersion\": \"v1\", \"items\": [" + BAD_PEER.formatted("a") + ",\n"
        + BAD_PEER.formatted("b") + "], \"kind\": \"List\",";
    assertThat(problems(json, "l.json")).singleElement().asString()
        .startsWith("l.json:2:").contains("JSON");
  }

  @Test
  void theProblemLimitStopsAStreamedListAsItStopsAWholeOne() {
    String items = IntStream.range(0, 150).mapToObj(i -> BAD_PEER.formatted("p" + i))
        .collect(Collectors.joining(",\n"));
    List<String> streamed =
        problems("{\"apiVersion\": \"v1\", \"items\": [\n" + items + "], \"kind\": \"List\"}",
            "l.json");
    List<String> whole = problems("{\"apiVersion\": \"v1\", \"metadata\": {}, \"items\": [\n"
        + items + "], \"kind\": \"List\"}", "l.json");
    assertThat(streamed).hasSize(101).isEqualTo(whole);
    assertThat(streamed.get(100)).endsWith("too many problems; stopped reading after 100");
  }

  @Test
  void managedFieldsAndTheNodeStatusAreSkippedInYamlWithoutChangingTheOutcome() {
    String yaml = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata:
            name: n1
            annotations: {projectcalico.org/IPv4Address: 10.0.0.1/24}
            managedFields:
            - {manager: kubelet, fieldsV1: {"f:status": {}}}
          spec: {podCIDR: 10.244.1.0/24, taints: [{key: k, effect: NoSchedule}]}
          status:
            addresses: [{type: InternalIP, address: 10.0.0.1}]
            images: [{names: [a], sizeBytes: 1}]
        metadata: {resourceVersion: ""}
        """;
    Node n = Manifests.read(yaml, "dump.yaml").ofType(Node.class).get(0);
    assertThat(n.spec().bgp().ipv4Address()).isEqualTo("10.0.0.1/24");
    // A duplicate key in a skipped value's mapping is still found: the key is kept.
    assertThat(problems(yaml.replace("  spec:", "  status: {}\n  spec:"), "dump.yaml"))
        .singleElement().asString().contains("duplicate key \"status\"");
  }

  @Test
  void anAliasToAnAnchorInsideASkippedValueMakesTheDocumentParseAgainWhole() {
    String yaml = """
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: {name: first}
        spec: {peerIP: 10.0.0.9, asNumber: 65009}
        ---
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: p
          managedFields:
          - fieldsV1: &spec {peerIP: 10.0.0.1, asNumber: 65001}
        spec: *spec
        """;
    ResourceSet set = Manifests.read(yaml, "p.yaml");
    assertThat(set.ofType(BGPPeer.class)).extracting(p -> p.spec().peerIP())
        .containsExactly("10.0.0.9", "10.0.0.1");
    // A problem of an earlier document is reported once, not again by the second parse.
    assertThat(problems(yaml.replace("asNumber: 65009", "asNumbr: 65009"), "p.yaml"))
        .singleElement().asString().startsWith("p.yaml:4:");
  }

  @Test
  void anAnchoredItemsSequenceIsNotStreamed() {
    String yaml = """
        apiVersion: v1
        items: &all
        - {apiVersion: projectcalico.org/v3, kind: BGPPeer, metadata: {name: a},
           spec: {peerIP: 10.0.0.1, asNumber: 65001}}
        kind: List
        """;
    assertThat(Manifests.read(yaml, "l.yaml").ofType(BGPPeer.class)).hasSize(1);
  }
}
