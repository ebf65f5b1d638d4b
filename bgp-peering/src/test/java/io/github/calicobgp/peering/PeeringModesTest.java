package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.as;
import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.ip;
import static io.github.calicobgp.peering.Fixtures.meshOff;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.peer;
import static io.github.calicobgp.peering.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One example per way of peering ({@code processPeers},
 * confd/pkg/backends/calico/bgp_processor.go).
 */
class PeeringModesTest {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  private static NodePlan plan(String node, Resource... resources) {
    return ENGINE.plan(ClusterSnapshot.of(List.of(resources)), node);
  }

  private static List<String> v4Names(NodePlan plan) {
    return plan.ipv4().peers().stream().map(Peer::name).toList();
  }

  private static List<String> v6Names(NodePlan plan) {
    return plan.ipv6().peers().stream().map(Peer::name).toList();
  }

  private static Peer only(List<Peer> peers) {
    assertThat(peers).hasSize(1);
    return peers.get(0);
  }

  @Test
  void fullMeshGivesEveryOtherNodeOneMeshPeer() {
    NodePlan plan = plan("a",
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").as(65001).build(),
        node("c").v4("10.0.0.3/24").build());

    assertThat(v4Names(plan)).containsExactly("Mesh_10_0_0_2", "Mesh_10_0_0_3");
    Peer b = plan.ipv4().peers().get(0);
    assertThat(b.kind()).isEqualTo(PeerKind.MESH);
    assertThat(b.remoteAS()).isEqualTo(as(65001));
    assertThat(b.localAS()).isEqualTo(as(64512));
    assertThat(b.sourceAddress()).isEqualTo(ip("10.0.0.1"));
    assertThat(b.ttlSecurityHops()).isNull();
    assertThat(b.passive()).isTrue();
    assertThat(b.remoteNodeName()).isEqualTo("b");
    assertThat(b.bgpPeerName()).isNull();
    assertThat(plan.ipv6().enabled()).isFalse();
    assertThat(plan.ipv6().peers()).isEmpty();
  }

  @Test
  void meshTakesPasswordPortAndRestartTimeFromTheDefaultConfiguration() {
    NodePlan plan = plan("a",
        defaultConfig(c -> c.listenPort(1790)
            .nodeMeshPassword(io.github.calicobgp.api.resource.BGPPassword.fromSecret("s", "k"))
            .nodeMeshMaxRestartTime(io.github.calicobgp.api.value.GoDuration.parse("1500ms"))),
        Fixtures.nodeConfig("b", c -> c.listenPort(1791)),
        Fixtures.secret("kube-system", "s", Map.of("k", "pw")),
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        node("c").v4("10.0.0.3/24").build());

    Peer b = plan.ipv4().peers().get(0);
    assertThat(b.port()).isEqualTo(1791);
    assertThat(plan.ipv4().peers().get(1).port()).isEqualTo(1790);
    assertThat(b.password()).isEqualTo(Password.of("pw"));
    assertThat(b.gracefulRestartSeconds()).isEqualTo(2L);
    assertThat(plan.ipv4().listenPort()).isEqualTo(1790);
  }

  @Test
  void twoRouteReflectorsSharingAClusterIdServeTheirClients() {
    Resource[] cluster = {
      meshOff(),
      node("rr1").v4("10.0.0.1/24").rr("1.1.1.1").label("route-reflector", "true").build(),
      node("rr2").v4("10.0.0.2/24").rr("1.1.1.1").label("route-reflector", "true").build(),
      node("c1").v4("10.0.0.11/24").build(),
      node("c2").v4("10.0.0.12/24").build(),
      peer("peer-with-rrs", p -> p.nodeSelector("!has(route-reflector)")
          .peerSelector("has(route-reflector)")),
      peer("rr-mesh", p -> p.nodeSelector("has(route-reflector)")
          .peerSelector("has(route-reflector)")),
    };

    NodePlan client = plan("c1", cluster);
    assertThat(v4Names(client)).containsExactly("Node_10_0_0_1", "Node_10_0_0_2");
    assertThat(client.ipv4().peers()).noneMatch(Peer::isRouteReflectorClient)
        .allMatch(p -> !p.passive());

    NodePlan reflector = plan("rr1", cluster);
    assertThat(reflector.isRouteReflector()).isTrue();
    assertThat(v4Names(reflector))
        .containsExactly("Node_10_0_0_11", "Node_10_0_0_12", "Node_10_0_0_2");
    assertThat(reflector.ipv4().peers()).filteredOn(Peer::isRouteReflectorClient)
        .extracting(Peer::remoteNodeName).containsExactly("c1", "c2");
    assertThat(reflector.ipv4().peers().get(0).routeReflectorClusterId()).isEqualTo("1.1.1.1");
    assertThat(reflector.ipv4().peers().get(0).bgpPeerName()).isEqualTo("peer-with-rrs");
  }

  @Test
  void clientsOfOneReflectorShareItsPeerNameInPlanAll() {
    ClusterPlan plans = ENGINE.planAll(ClusterSnapshot.of(List.of(
        meshOff(),
        node("rr").v4("10.0.0.1/24").rr("1.1.1.1").label("route-reflector", "true").build(),
        node("c1").v4("10.0.0.11/24").build(),
        node("c2").v4("10.0.0.12/24").build(),
        peer("peer-with-rr", p -> p.nodeSelector("!has(route-reflector)")
            .peerSelector("has(route-reflector)")))));

    Peer fromC1 = only(plans.node("c1").orElseThrow().ipv4().peers());
    Peer fromC2 = only(plans.node("c2").orElseThrow().ipv4().peers());
    // Names are built once per planAll: thousands of clients hold one string, not one each.
    assertThat(fromC1.name()).isEqualTo("Node_10_0_0_1").isSameAs(fromC2.name());
  }

  @Test
  void ebgpToARackTorByNodeSelector() {
    Resource[] cluster = {
      meshOff(),
      node("a").v4("10.1.0.1/24").label("rack", "r1").build(),
      node("b").v4("10.2.0.1/24").label("rack", "r2").build(),
      peer("tor-r1", p -> p.nodeSelector("rack == 'r1'").peerIP("10.1.0.254")
          .asNumber(as(65001))),
    };

    Peer tor = only(plan("a", cluster).ipv4().peers());
    assertThat(tor.name()).isEqualTo("Node_10_1_0_254");
    assertThat(tor.kind()).isEqualTo(PeerKind.NODE);
    assertThat(tor.isInternal()).isFalse();
    assertThat(tor.remoteNodeName()).isNull();
    assertThat(plan("b", cluster).ipv4().peers()).isEmpty();
  }

  @Test
  void aSingleNodePeeringToAnotherNodeIsMirroredByReversePeering() {
    Resource[] cluster = {
      meshOff(),
      node("n1").v4("10.0.0.1/24").build(),
      node("n2").v4("10.0.0.2/24").build(),
      peer("one-way", p -> p.node("n1").peerIP("10.0.0.2").asNumber(as(64512))),
    };

    Peer forward = only(plan("n1", cluster).ipv4().peers());
    assertThat(forward.name()).isEqualTo("Node_10_0_0_2");
    assertThat(forward.remoteNodeName()).isEqualTo("n2");
    Peer reverse = only(plan("n2", cluster).ipv4().peers());
    assertThat(reverse.name()).isEqualTo("Node_10_0_0_1");
    assertThat(reverse.remoteAS()).isEqualTo(as(64512));
    assertThat(reverse.bgpPeerName()).isEqualTo("one-way");
  }

  @Test
  void localWorkloadPeersAreChosenAsFelixChoosesThem() {
    Resource[] cluster = {
      meshOff(),
      node("n1").v4("10.0.0.1/24").v6("fd00::1/64").build(),
      workload("pod1", "n1", Map.of("app", "bird"), "192.168.0.5/32", "fd00:10::5/128"),
      workload("pod2", "n2", Map.of("app", "bird"), "192.168.0.6/32"),
      peer("b-lw", p -> p.localWorkloadSelector("app == 'bird'").asNumber(as(65010))
          .localASNumber(as(65020))),
      peer("a-lw-other-node", p -> p.node("n2").localWorkloadSelector("app == 'bird'")),
    };

    NodePlan plan = plan("n1", cluster);
    Peer v4 = only(plan.ipv4().peers());
    assertThat(v4.name()).isEqualTo("Local_Workload_192_168_0_5");
    assertThat(v4.kind()).isEqualTo(PeerKind.LOCAL_WORKLOAD);
    assertThat(v4.passive()).isTrue();
    assertThat(v4.sourceAddress()).isNull();
    assertThat(v4.localASOverride()).isEqualTo(as(65020));
    assertThat(v4.localAS()).isEqualTo(as(65020));
    assertThat(v4.remoteAS()).isEqualTo(as(65010));
    assertThat(v4.bgpPeerName()).isEqualTo("b-lw");
    assertThat(v6Names(plan)).containsExactly("Local_Workload_fd00_10__5");
  }

  @Test
  void reversePeeringAutoAddsThePeeringOnTheSelectedNodesAndManualDoesNot() {
    Resource[] auto = {
      meshOff(),
      node("rr").v4("10.0.0.1/24").build(),
      node("x").v4("10.0.0.2/24").label("client", "true").build(),
      peer("p", s -> s.node("rr").peerSelector("has(client)").reversePeering("Auto")),
    };
    assertThat(v4Names(plan("x", auto))).containsExactly("Node_10_0_0_1");

    Resource[] manual = auto.clone();
    manual[3] = peer("p", s -> s.node("rr").peerSelector("has(client)").reversePeering("Manual"));
    assertThat(v4Names(plan("x", manual))).isEmpty();
    assertThat(v4Names(plan("rr", manual))).containsExactly("Node_10_0_0_2");
  }

  @Test
  void aGlobalPeeringHidesTheSameNodeSpecificOne() {
    // confd test TestIdlePeers (confd/tests/daemon_test.go).
    NodePlan plan = plan("node1",
        meshOff(),
        node("node1").v4("10.24.0.1/24").label("node", "yes").build(),
        node("node2").v4("10.24.0.2/24").label("node", "yes").build(),
        peer("global", p -> p.peerSelector("has(node)")),
        peer("node-specific", p -> p.node("node1").peerSelector("has(node)")));

    assertThat(v4Names(plan)).containsExactly("Global_10_24_0_2");
    assertThat(plan.ipv4().peers().get(0).bgpPeerName()).isEqualTo("global");
  }

  @Test
  void portsAreTakenFromPeerIPOrInferredFromAMatchingNode() {
    NodePlan plan = plan("a",
        defaultConfig(c -> c.nodeToNodeMeshEnabled(false).listenPort(150)),
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("inferred", p -> p.peerIP("10.0.0.2")),
        peer("external", p -> p.peerIP("10.0.0.9").asNumber(as(65000))),
        peer("explicit", p -> p.peerIP("10.0.0.2:166")));

    assertThat(v4Names(plan)).containsExactly(
        "Global_10_0_0_2_port_150", "Global_10_0_0_2_port_166", "Global_10_0_0_9");
    assertThat(plan.ipv4().peers().get(2).port()).isNull();
    assertThat(plan.ipv4().peers().get(0).port()).isEqualTo(150);
  }

  @Test
  void passiveIsDecidedByComparingAddressTexts() {
    NodePlan plan = plan("a",
        node("a").v4("10.192.0.2/16").build(),
        node("b").v4("10.192.0.10/16").build(),
        node("c").v4("10.192.0.3/16").build());

    assertThat(plan.ipv4().peers()).extracting(Peer::name, Peer::passive).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Mesh_10_192_0_10", false),
        org.assertj.core.groups.Tuple.tuple("Mesh_10_192_0_3", true));
  }

  @Test
  void ipv6PeersUseTheNodesIpv6AddressAndTheirOwnNames() {
    NodePlan plan = plan("a",
        node("a").v4("10.0.0.1/24").v6("2001::102/64").build(),
        node("b").v4("10.0.0.2/24").v6("2001::103/64").build(),
        node("c").v6("2001::101/64").build());

    assertThat(v4Names(plan)).containsExactly("Mesh_10_0_0_2");
    assertThat(v6Names(plan)).containsExactly("Mesh_2001__101", "Mesh_2001__103");
    assertThat(plan.ipv6().peers()).extracting(Peer::passive).containsExactly(false, true);
    assertThat(plan.ipv6().peers().get(0).sourceAddress()).isEqualTo(ip("2001::102"));
    assertThat(plan.ipv6().network().toString()).isEqualTo("2001::/64");
    assertThat(plan.routerId()).isEqualTo("10.0.0.1");
  }
}
