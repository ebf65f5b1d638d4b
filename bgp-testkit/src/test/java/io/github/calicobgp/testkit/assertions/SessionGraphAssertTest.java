package io.github.calicobgp.testkit.assertions;

import static io.github.calicobgp.testkit.assertions.CalicoBgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import org.junit.jupiter.api.Test;

class SessionGraphAssertTest {

  @Test
  void aMeshIsConnectedPairByPair() {
    ClusterPlan plan = CalicoCluster.fullMesh(4).dualStack().build().plan();

    assertThat(plan).sessionGraph()
        .isConnected()
        .hasSessionBetweenEveryPairOfNodes()
        .hasSessionBetween("node-4", "node-1")
        .hasNoHalfOpenSessions()
        .hasNodeToNodeSessionCount(12);
  }

  @Test
  void reflectedClientsAreConnectedButNotPairByPair() {
    ClusterPlan plan = CalicoCluster.builder().nodes(3).routeReflectors(1).build().plan();

    assertThat(plan).sessionGraph().isConnected().hasNoSessionBetween("node-1", "node-2");
    assertThatThrownBy(() -> assertThat(plan).sessionGraph().hasSessionBetweenEveryPairOfNodes())
        .hasMessage("""
            Expecting a session between every pair of nodes, but 3 of 6 pairs have none:
              node-1 - node-2
              node-1 - node-3
              node-2 - node-3""");
    assertThatThrownBy(() -> assertThat(plan).sessionGraph().hasSessionBetween("node-1", "node-2"))
        .hasMessage("Expecting a session between node-1 and node-2, but there is none.\n"
            + "Neither has a peer for the other.");
    assertThatThrownBy(() -> assertThat(plan).sessionGraph().hasNoSessionBetween("node-1", "rr-1"))
        .hasMessage("""
            Expecting no session between node-1 and rr-1, but there is.
            Between them:
              V4 node-1 [Node_10_99_0_14  10.99.0.14  AS 64512  node-specific  active] - rr-1 [Node_10_99_0_11  10.99.0.11  AS 64512  node-specific  active  rr client (cluster 244.0.0.1)]""");
  }

  @Test
  void withoutMeshOrReflectorsTheNodesAreIslands() {
    SessionGraph graph = SessionGraph.of(
        CalicoCluster.fullMesh(3).meshEnabled(false).build().plan());

    assertThat(graph).hasNoNodeToNodeSessions();
    assertThatThrownBy(() -> assertThat(graph).isConnected())
        .hasMessage("""
            Expecting every pair of nodes to be connected through BGP sessions, but the nodes fall into 3 unconnected groups:
              1: node-1
              2: node-2
              3: node-3""");
  }

  @Test
  void halfOpenSessionsNameTheSideThatIsMissing() {
    ClusterPlan plan = CalicoCluster.fullMesh(2).meshEnabled(false)
        .bgpPeer("one-way", s -> s.node("node-1").peerSelector("kubernetes.io/hostname == 'node-2'")
            .reversePeering("Manual"))
        .build().plan();

    assertThatThrownBy(() -> assertThat(plan).sessionGraph().hasNoHalfOpenSessions())
        .hasMessage("""
            Expecting no half-open sessions, but found 1:
              node-1 has Node_10_99_0_12  10.99.0.12  AS 64512  node-specific  active, but node-2 has no peer for node-1 (V4)""");
    assertThatThrownBy(() -> assertThat(plan).sessionGraph().isConnected())
        .hasMessageContaining("2 unconnected groups");
    assertThatThrownBy(() -> assertThat(plan).sessionGraph().hasNodeToNodeSessionCount(0))
        .hasMessage("""
            Expecting 0 node-to-node sessions, but found 1:
              V4 node-1 [Node_10_99_0_12  10.99.0.12  AS 64512  node-specific  active] - node-2 [no peer]""");
  }

  @Test
  void unknownNodesAreNamed() {
    ClusterPlan plan = CalicoCluster.fullMesh(2).build().plan();

    assertThatThrownBy(() -> assertThat(plan).sessionGraph().hasSessionBetween("node-1", "x"))
        .hasMessageEndingWith("There is no node x; the nodes are [node-1, node-2]");
  }
}
