package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.nodeConfig;
import static io.github.calicobgp.peering.Fixtures.peer;
import static io.github.calicobgp.peering.Fixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSnapshotTest {

  @Test
  void indexesNodesByNameAndCanonicalAddress() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(
        node("b").v4("10.0.0.2/24").v6("FD00:0::2/64").build(),
        node("a").v4("10.0.0.2").build(),
        node("c").v6("fd00::3/64").build()));

    assertThat(snapshot.nodeNames()).containsExactly("a", "b", "c");
    assertThat(snapshot.nodesWithAddress("10.0.0.2")).extracting(n -> n.metadata().name())
        .containsExactly("a", "b");
    assertThat(snapshot.nodesWithAddress("fd00::2")).hasSize(1);
    assertThat(snapshot.nodesWithAddress("fd00:0::2")).isEmpty();
    assertThat(snapshot.node("c")).isPresent();
  }

  @Test
  void leavesOutNodesWhoseAddressDoesNotParse() {
    Node broken = new Node(ObjectMeta.named("broken"),
        NodeSpec.ofBgp(new NodeSpec.BGP(null, "10.0.0.300/24", null, null, null)));
    Node wrongFamily = new Node(ObjectMeta.named("wrong-family"),
        NodeSpec.ofBgp(new NodeSpec.BGP(null, "fd00::1/64", null, null, null)));
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(broken, wrongFamily,
        node("ok").build()));

    assertThat(snapshot.nodeNames()).containsExactly("ok");
    assertThat(snapshot.ignoredNodes()).containsExactly(
        new IgnoredNode(broken, "spec.bgp.ipv4Address", "10.0.0.300/24",
            "bad address: IPv4 octet greater than 255"),
        new IgnoredNode(wrongFamily, "spec.bgp.ipv4Address", "fd00::1/64", "not an IPv4 address"));
    assertThatThrownBy(() -> new PeeringEngine().plan(snapshot, "broken"))
        .isInstanceOf(UnknownNodeException.class)
        .hasMessage("the Node \"broken\" is ignored: its spec.bgp.ipv4Address \"10.0.0.300/24\""
            + " is unusable (bad address: IPv4 octet greater than 255), so confd drops the Node and"
            + " renders nothing for it");
    assertThatThrownBy(() -> new PeeringEngine().plan(snapshot, "missing"))
        .isInstanceOf(UnknownNodeException.class)
        .satisfies(e -> assertThat(((UnknownNodeException) e).ignoredNode()).isEmpty());
  }

  @Test
  void rejectsTwoResourcesOfTheSameKindNamespaceAndName() {
    assertThatThrownBy(() -> ClusterSnapshot.of(List.of(
        peer("p", s -> s.peerIP("10.0.0.1")), node("p").build(), peer("p", s -> s))))
        .isInstanceOf(DuplicateResourceException.class)
        .hasMessage("duplicate resource: BGPPeer/p and BGPPeer/p have the same kind, namespace"
            + " and name")
        .satisfies(e -> assertThat(((DuplicateResourceException) e).first().metadata().name())
            .isEqualTo("p"));
    assertThat(ClusterSnapshot.of(List.of(
        secret("ns1", "s", Map.of()), secret("ns2", "s", Map.of()))).nodeNames()).isEmpty();
  }

  @Test
  void namesWhereBothDuplicatesWereRead() {
    String yaml = String.join("\n",
        "apiVersion: projectcalico.org/v3",
        "kind: BGPPeer",
        "metadata:",
        "  name: p",
        "spec:",
        "  peerIP: 10.0.0.1",
        "---",
        "apiVersion: projectcalico.org/v3",
        "kind: BGPPeer",
        "metadata:",
        "  name: p",
        "spec:",
        "  peerIP: 10.0.0.2",
        "");
    assertThatThrownBy(() -> ClusterSnapshot.of(Manifests.read(yaml, "peers.yaml")))
        .isInstanceOf(DuplicateResourceException.class)
        .hasMessageStartingWith("duplicate resource: BGPPeer/p (peers.yaml:1:1) and BGPPeer/p"
            + " (peers.yaml:8:1)");
  }

  @Test
  void keepsOnlyTheDefaultAndPerNodeConfigurations() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(
        defaultConfig(c -> c.listenPort(1)),
        nodeConfig("a", c -> c.listenPort(2)),
        Fixtures.config("something-else", c -> c.listenPort(3))));

    assertThat(snapshot.defaultConfiguration().orElseThrow().spec().listenPort()).isEqualTo(1);
    assertThat(snapshot.nodeConfiguration("a").orElseThrow().spec().listenPort()).isEqualTo(2);
    assertThat(snapshot.nodeConfiguration("something-else")).isEmpty();
  }

  @Test
  void evaluatesSelectorsAndMatchesNothingForAnUnparsableOne() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(
        node("a").label("rack", "r1").build(),
        node("b").label("rack", "r2").build(),
        node("c").label("rack", "r1").label("rr", "true").build()));

    assertThat(snapshot.nodesMatching("rack == 'r1'")).containsExactly("a", "c");
    assertThat(snapshot.nodesMatching("rack == 'r1' && !has(rr)")).containsExactly("a");
    assertThat(snapshot.nodesMatching("")).containsExactly("a", "b", "c");
    assertThat(snapshot.nodesMatching("rack === 'r1'")).isEmpty();
  }

  @Test
  void readsPasswordsFromTheSecretsOrAGivenResolver() {
    ClusterSnapshot withSecrets = ClusterSnapshot.of(List.of(
        secret("kube-system", "s", Map.of("k", "v"))));
    assertThat(withSecrets.secrets().value("kube-system", "s", "k")).contains("v");
    assertThat(withSecrets.secrets().value("default", "s", "k")).isEmpty();
    assertThat(withSecrets.secrets().value("kube-system", "s", "other")).isEmpty();
    assertThat(withSecrets.secrets().exists("kube-system", "s")).isTrue();
    assertThat(withSecrets.secrets().exists("default", "s")).isFalse();

    ClusterSnapshot etcd = ClusterSnapshot.builder()
        .add(secret("kube-system", "s", Map.of("k", "v")))
        .secretResolver(SecretResolver.none())
        .build();
    assertThat(etcd.secrets().value("kube-system", "s", "k")).isEmpty();
    assertThat(etcd.secrets().exists("kube-system", "s")).isFalse();
    ClusterSnapshot custom = ClusterSnapshot.builder()
        .secretResolver((ns, name, key) -> Optional.of(ns + "/" + name + "/" + key))
        .build();
    assertThat(custom.secrets().value("a", "b", "c")).contains("a/b/c");
    assertThat(custom.secrets().exists("a", "b")).isTrue();
  }
}
