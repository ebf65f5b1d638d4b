package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Route-reflector designs: clients, redundancy, reflector peerings, eBGP mix-ups. */
class ReflectorFindingsTest {

  private static final String CLIENTS = "!has(route-reflector)";
  private static final String REFLECTORS = "has(route-reflector)";

  private static TestCluster twoClients() {
    return cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");
  }

  private static TestCluster redundant() {
    return twoClients()
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1").reflector("rr2", "10.0.0.12/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS))
        .peer("reflectors", p -> p.nodeSelector(REFLECTORS).peerSelector(REFLECTORS));
  }

  @Test
  void aRedundantDesignIsClean() {
    assertThat(redundant().findings()).isEmpty();
  }

  @Test
  void reflectorsPeeredOnlyWithEachOtherHaveNoClients() {
    TestCluster cluster = cluster().meshOff()
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1").reflector("rr2", "10.0.0.12/24", "1.1.1.1")
        .peer("reflectors", p -> p.nodeSelector(REFLECTORS).peerSelector(REFLECTORS));

    assertThat(cluster.findings()).extracting(Finding::code).containsExactly(
        FindingCode.ROUTE_REFLECTOR_WITHOUT_CLIENTS, FindingCode.ROUTE_REFLECTOR_WITHOUT_CLIENTS);
    assertThat(cluster.findings().get(0).message()).isEqualTo("route reflector rr1 (cluster id "
        + "1.1.1.1) has no client session that can establish, so it reflects no routes. Peer "
        + "the nodes meant as its clients with it through a BGPPeer.");
  }

  @Test
  void clientsCarryingTheReflectorsClusterIdAreNamedAsTheMistake() {
    TestCluster cluster = cluster().meshOff()
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1").reflector("rr2", "10.0.0.12/24", "1.1.1.1")
        .nodeWith("a", "10.0.0.1/24", null, null, "1.1.1.1")
        .nodeWith("b", "10.0.0.2/24", null, null, "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS))
        .peer("reflectors", p -> p.nodeSelector(REFLECTORS).peerSelector(REFLECTORS));

    assertThat(cluster.findings()).filteredOn(
        f -> f.code() == FindingCode.ROUTE_REFLECTOR_CLUSTER_ID_COPIED).singleElement()
        .satisfies(f -> {
          assertThat(f.nodes()).containsExactly("rr1", "rr2", "a", "b");
          assertThat(f.message()).startsWith("nodes a and b carry routeReflectorClusterID "
              + "1.1.1.1, the cluster id of route reflectors rr1 and rr2: a node with a cluster"
              + " id is a route reflector");
        });
    assertThat(redundant().findings()).isEmpty();
  }

  @Test
  void clientsOfOneReflectorHaveNoRedundancy() {
    TestCluster cluster = twoClients().reflector("rr1", "10.0.0.11/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SINGLE_ROUTE_REFLECTOR);
      assertThat(f.nodes()).containsExactly("rr1", "a", "b");
      assertThat(f.message()).startsWith("nodes a and b reach the other nodes only through route "
          + "reflector rr1");
    });
  }

  @Test
  void reflectorsOfOneClusterIdThatDoNotPeerAreReported() {
    TestCluster cluster = twoClients()
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1").reflector("rr2", "10.0.0.12/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.ROUTE_REFLECTORS_NOT_PEERED);
      assertThat(f.nodes()).containsExactly("rr1", "rr2");
    });
  }

  private static TestCluster twoGroups() {
    return cluster().meshOff()
        .node("a", "10.0.0.1/24", "group=1").node("b", "10.0.0.2/24", "group=2")
        .nodeWith("rr1", "10.0.0.11/24", null, null, "1.1.1.1", "rr=1")
        .nodeWith("rr2", "10.0.0.12/24", null, null, "2.2.2.2", "rr=2")
        .peer("group-1", p -> p.nodeSelector("group == '1'").peerSelector("rr == '1'"))
        .peer("group-2", p -> p.nodeSelector("group == '2'").peerSelector("rr == '2'"));
  }

  @Test
  void reflectorGroupsWithoutASessionCannotExchangeRoutes() {
    assertThat(twoGroups().findings(FindingCode.ROUTE_REFLECTOR_CLUSTERS_DISCONNECTED))
        .singleElement().satisfies(f -> {
          assertThat(f.nodes()).containsExactly("rr1", "rr2");
          assertThat(f.message()).startsWith("the route reflectors form 2 groups that share no "
              + "session: {cluster id 1.1.1.1: rr1} and {cluster id 2.2.2.2: rr2}. Nodes served "
              + "by one group only (a and rr1) never learn the routes of nodes served by another "
              + "only (b and rr2).");
        });
  }

  @Test
  void reflectorGroupsWithASessionExchangeRoutes() {
    TestCluster cluster = twoGroups().peer("reflectors", p -> p.nodeSelector("has(rr)")
        .peerSelector("has(rr)"));

    assertThat(cluster.findings(FindingCode.ROUTE_REFLECTOR_CLUSTERS_DISCONNECTED)).isEmpty();
  }

  @Test
  void aClientInAnotherASPeersWithItsReflectorOverEbgp() {
    TestCluster cluster = cluster().meshOff()
        .nodeWith("c", "10.0.0.3/24", null, 65001L, null)
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    assertThat(cluster.findings(FindingCode.EBGP_TO_ROUTE_REFLECTOR)).singleElement()
        .satisfies(f -> {
          assertThat(f.nodes()).containsExactly("c", "rr1");
          assertThat(f.message()).isEqualTo("node c (AS 65001) peers with route reflector rr1 "
              + "(AS 64512) over eBGP (BGPPeer/clients), so rr1 does not treat it as a "
              + "route-reflector client. If c is meant as one, put it in AS 64512.");
        });
    assertThat(cluster.findings(FindingCode.EBGP_ROUTE_REFLECTOR_CLIENT)).isEmpty();
  }

  @Test
  void aClientInTheReflectorsASIsAClient() {
    TestCluster cluster = cluster().meshOff()
        .node("c", "10.0.0.3/24")
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    assertThat(cluster.findings(FindingCode.EBGP_TO_ROUTE_REFLECTOR)).isEmpty();
  }

  @Test
  void aBGPPeerGivingAReflectorClientsAndAnEbgpPeerMixesThemUp() {
    TestCluster cluster = twoClients()
        .nodeWith("c", "10.0.0.3/24", null, 65001L, null)
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    assertThat(cluster.findings(FindingCode.EBGP_ROUTE_REFLECTOR_CLIENT)).singleElement()
        .satisfies(f -> {
          assertThat(f.nodes()).containsExactly("rr1", "c");
          assertThat(f.resources()).containsExactly("BGPPeer/clients");
          assertThat(f.message()).startsWith("route reflector rr1 (AS 64512) peers through "
              + "BGPPeer/clients with c (AS 65001) as with its clients a and b, but in another "
              + "AS");
        });
    assertThat(cluster.findings(FindingCode.EBGP_TO_ROUTE_REFLECTOR)).isEmpty();
  }

  @Test
  void aBGPPeerGivingAReflectorOnlyClientsIsNoMixUp() {
    TestCluster cluster = twoClients()
        .reflector("rr1", "10.0.0.11/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    assertThat(cluster.findings(FindingCode.EBGP_ROUTE_REFLECTOR_CLIENT)).isEmpty();
  }
}
