package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.as;
import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.meshOff;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.peer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionGraphTest {

  private static SessionGraph graph(Resource... resources) {
    return SessionGraph.of(new PeeringEngine().planAll(ClusterSnapshot.of(List.of(resources))));
  }

  @Test
  void aMeshOfThreeDualStackNodesHasThreeSessionsPerFamily() {
    SessionGraph graph = graph(
        node("a").v4("10.0.0.1/24").v6("fd00::1/64").build(),
        node("b").v4("10.0.0.2/24").v6("fd00::2/64").build(),
        node("c").v4("10.0.0.3/24").v6("fd00::3/64").build());

    assertThat(graph.nodeToNodeSessions()).hasSize(6);
    assertThat(graph.nodeToNodeSessions()).extracting(Session::family).containsExactly(
        IPFamily.V4, IPFamily.V6, IPFamily.V4, IPFamily.V6, IPFamily.V4, IPFamily.V6);
    assertThat(graph.halfOpenSessions()).isEmpty();
    assertThat(graph.externalSessions()).isEmpty();
    assertThat(graph.sessionCounts()).containsEntry("a", 4).containsEntry("c", 4);
    Session ab = graph.nodeToNodeSessions().get(0);
    assertThat(ab.nodes()).containsExactly("a", "b");
    assertThat(ab.end("b").peer().name()).isEqualTo("Mesh_10_0_0_1");
  }

  @Test
  void aOneSidedPeeringIsHalfOpenAndExternalPeersAreExternalSessions() {
    SessionGraph graph = graph(
        meshOff(),
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("to-b", p -> p.node("a").peerIP("10.0.0.2").reversePeering("Manual")
            .asNumber(as(64512))),
        peer("tor", p -> p.node("b").peerIP("192.0.2.1").asNumber(as(65000))));

    assertThat(graph.halfOpenSessions()).singleElement().satisfies(s -> {
      assertThat(s.first().peer().name()).isEqualTo("Node_10_0_0_2");
      assertThat(s.second().isConfigured()).isFalse();
    });
    assertThat(graph.externalSessions()).singleElement()
        .satisfies(s -> assertThat(s.node()).isEqualTo("b"));
    assertThat(graph.sessionsOf("b")).hasSize(2);
    assertThat(graph.sessions()).hasSize(2);
  }

  @Test
  void aMeshPeerAndATwoPortPeeringAreMatchedMeshFirstThenByPort() {
    SessionGraph graph = graph(
        defaultConfig(c -> c.listenPort(179)),
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2:1790").asNumber(as(64512))),
        peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1:1790").asNumber(as(64512))));

    assertThat(graph.nodeToNodeSessions()).extracting(
        s -> s.first().peer().name(), s -> s.second().peer().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mesh_10_0_0_2", "Mesh_10_0_0_1"),
            org.assertj.core.groups.Tuple.tuple(
                "Node_10_0_0_2_port_1790", "Node_10_0_0_1_port_1790"));
  }
}
