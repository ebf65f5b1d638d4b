package io.github.calicobgp.testkit.assertions;

import static io.github.calicobgp.testkit.assertions.CalicoBgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import org.junit.jupiter.api.Test;

class NodePlanAssertTest {

  private static final ClusterPlan MESH = CalicoCluster.fullMesh(3).build().plan();
  private static final ClusterPlan REFLECTED =
      CalicoCluster.builder().nodes(2).routeReflectors(1).build().plan();

  private static NodePlan node(ClusterPlan plan, String name) {
    return plan.node(name).orElseThrow();
  }

  @Test
  void passingChecks() {
    assertThat(node(MESH, "node-1"))
        .hasPeerTo("10.99.0.12")
        .hasMeshPeerTo("10.99.0.13")
        .hasPassiveMeshPeerTo("10.99.0.12")
        .hasNoPeerTo("10.99.0.11")
        .hasPeerCount(2)
        .hasPeersNamed("Mesh_10_99_0_13", "Mesh_10_99_0_12")
        .isNotRouteReflector();
    assertThat(node(MESH, "node-3")).hasActiveMeshPeerTo("10.99.0.11");
    assertThat(node(REFLECTED, "node-2"))
        .hasNoMeshPeers()
        .isRouteReflectorClientOf(node(REFLECTED, "rr-1"));
    assertThat(node(REFLECTED, "rr-1")).isRouteReflector();
  }

  @Test
  void aMissingPassiveMeshPeerShowsThePeers() {
    assertThatThrownBy(() -> assertThat(node(MESH, "node-3")).hasPassiveMeshPeerTo("10.99.0.11"))
        .hasMessage("""
            Expecting node-3 to have a passive mesh peer to 10.99.0.11, but its peers are:
              Mesh_10_99_0_11  10.99.0.11  AS 64512  mesh  active
              Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh  active""");
  }

  @Test
  void anUnwantedPeerIsShown() {
    assertThatThrownBy(() -> assertThat(node(MESH, "node-1")).hasNoPeerTo("10.99.0.12"))
        .hasMessage("""
            Expecting node-1 to have no peer to 10.99.0.12, but it has:
              Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh  passive""");
  }

  @Test
  void peerCountAndNamesShowThePeers() {
    assertThatThrownBy(() -> assertThat(node(REFLECTED, "rr-1")).hasPeerCount(1))
        .hasMessage("""
            Expecting rr-1 to have 1 peer, but it has 2:
              Node_10_99_0_11  10.99.0.11  AS 64512  node-specific  active  rr client (cluster 244.0.0.1)
              Node_10_99_0_12  10.99.0.12  AS 64512  node-specific  active  rr client (cluster 244.0.0.1)""");
    assertThatThrownBy(() -> assertThat(node(MESH, "node-2")).hasPeersNamed("Mesh_10_99_0_11"))
        .hasMessageStartingWith("Expecting node-2 to have exactly the peers [Mesh_10_99_0_11],"
            + " but [] are missing and [Mesh_10_99_0_13] are not expected; its peers:\n");
  }

  @Test
  void meshPeersOnANodeThatShouldHaveNone() {
    assertThatThrownBy(() -> assertThat(node(MESH, "node-2")).hasNoMeshPeers())
        .hasMessage("""
            Expecting node-2 to have no mesh peers, but it has:
              Mesh_10_99_0_11  10.99.0.11  AS 64512  mesh  active
              Mesh_10_99_0_13  10.99.0.13  AS 64512  mesh  passive""");
  }

  @Test
  void routeReflectorRole() {
    assertThatThrownBy(() -> assertThat(node(MESH, "node-1")).isRouteReflector())
        .hasMessage("Expecting node-1 to be a route reflector, but it has no cluster id");
    assertThatThrownBy(() -> assertThat(node(REFLECTED, "rr-1")).isNotRouteReflector())
        .hasMessage("Expecting rr-1 not to be a route reflector, but it reflects for cluster"
            + " 244.0.0.1");
  }

  @Test
  void notAClientShowsBothSides() {
    assertThatThrownBy(() -> assertThat(node(MESH, "node-1"))
            .isRouteReflectorClientOf(node(MESH, "node-2")))
        .hasMessage("""
            Expecting node-1 to be a route-reflector client of node-2, but node-2 is not a route reflector.
            node-2's peers:
              Mesh_10_99_0_11  10.99.0.11  AS 64512  mesh  active
              Mesh_10_99_0_13  10.99.0.13  AS 64512  mesh  passive
            node-1's peers:
              Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh  passive
              Mesh_10_99_0_13  10.99.0.13  AS 64512  mesh  passive""");
    ClusterPlan twoReflectors = CalicoCluster.builder().nodes(1).routeReflectors(2)
        .separateClusterIds().build().plan();
    assertThatThrownBy(() -> assertThat(twoReflectors).hasRouteReflectorClient("rr-1", "node-9"))
        .hasMessage("Expecting a node node-9 in the plan, but the nodes are [node-1, rr-1, rr-2]");
    assertThat(twoReflectors).hasRouteReflectorClient("rr-1", "rr-2");
  }
}
