package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.value.ASNumber;
import org.junit.jupiter.api.Test;

/** Isolated nodes, split clusters and the mesh. */
class TopologyFindingsTest {

  @Test
  void aRouteReflectorNobodyPeersWithIsIsolated() {
    TestCluster cluster = cluster()
        .node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .reflector("rr", "10.0.0.3/24", "1.1.1.1");

    assertThat(cluster.findings(FindingCode.NODE_ISOLATED)).singleElement().satisfies(f -> {
      assertThat(f.nodes()).containsExactly("rr");
      assertThat(f.message()).isEqualTo("node rr (10.0.0.3) has no BGP session that can "
          + "establish, so it exchanges no routes: it is a route reflector (cluster id 1.1.1.1), "
          + "which is never in the node-to-node mesh, and no BGPPeer peers with it.");
    });
  }

  @Test
  void aNodeWithOnlyAnExternalPeerIsNotIsolated() {
    TestCluster cluster = cluster()
        .node("a", "10.0.0.1/24").node("b", "10.0.0.2/24").reflector("rr", "10.0.0.3/24", "1.1.1.1")
        .peer("rr-tor", p -> p.node("rr").peerIP("192.0.2.1").asNumber(ASNumber.of(65000)));

    assertThat(cluster.findings(FindingCode.NODE_ISOLATED)).isEmpty();
    assertThat(cluster().node("a", "10.0.0.1/24").findings()).isEmpty();
  }

  private static TestCluster twoRacks() {
    return cluster().meshOff()
        .node("a", "10.0.0.1/24", "rack=x").node("b", "10.0.0.2/24", "rack=x")
        .node("c", "10.0.1.1/24", "rack=y").node("d", "10.0.1.2/24", "rack=y")
        .peer("rack-x", p -> p.nodeSelector("rack == 'x'").peerSelector("rack == 'x'"))
        .peer("rack-y", p -> p.nodeSelector("rack == 'y'").peerSelector("rack == 'y'"));
  }

  @Test
  void twoGroupsOfNodesThatNeverPeerSplitTheCluster() {
    assertThat(twoRacks().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.CLUSTER_PARTITIONED);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.nodes()).containsExactly("a", "b", "c", "d");
      assertThat(f.message()).startsWith("the IPv4 sessions between nodes split the cluster into "
          + "2 parts that share no session: {a and b} and {c and d}.");
    });
  }

  @Test
  void partsWithExternalPeersAreOnlyInformation() {
    TestCluster cluster = twoRacks()
        .peer("tor-x", p -> p.nodeSelector("rack == 'x'").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65001)))
        .peer("tor-y", p -> p.nodeSelector("rack == 'y'").peerIP("192.0.2.2")
            .asNumber(ASNumber.of(65002)));

    assertThat(cluster.findings(FindingCode.CLUSTER_PARTITIONED)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void oneLinkBetweenTheGroupsJoinsThem() {
    TestCluster cluster = twoRacks()
        .peer("x-to-y", p -> p.node("a").peerSelector("rack == 'y'"));

    assertThat(cluster.findings()).isEmpty();
  }

  @Test
  void aDisabledMeshWithNothingInsteadLeavesNodesAlone() {
    TestCluster cluster = cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");

    assertThat(cluster.findings(FindingCode.MESH_DISABLED_WITHOUT_NODE_PEERING)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.nodes()).containsExactly("a", "b");
          assertThat(f.resources()).containsExactly("BGPConfiguration/default");
        });
    assertThat(cluster.findings(FindingCode.CLUSTER_PARTITIONED)).isEmpty();
  }

  @Test
  void aDisabledMeshWithExternalPeersEverywhereIsAnAsPerRackDesign() {
    TestCluster cluster = cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .peer("tor", p -> p.nodeSelector("all()").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65001)));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.MESH_DISABLED_WITHOUT_NODE_PEERING);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
    assertThat(cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24").findings()).isEmpty();
  }

  private static TestCluster mesh(int nodes) {
    TestCluster cluster = cluster();
    for (int i = 0; i < nodes; i++) {
      cluster.node(String.format("n%03d", i), "10.0." + (i / 200) + "." + (i % 200 + 1) + "/16");
    }
    return cluster;
  }

  @Test
  void aMeshAboveAHundredNodesIsTooLarge() {
    assertThat(mesh(101).findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.MESH_TOO_LARGE);
      assertThat(f.message()).startsWith("the node-to-node mesh has 101 nodes and 5050 IPv4 "
          + "sessions");
    });
    assertThat(mesh(100).findings()).isEmpty();
  }
}
