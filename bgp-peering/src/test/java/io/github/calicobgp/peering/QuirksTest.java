package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.affinity;
import static io.github.calicobgp.peering.Fixtures.as;
import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.ip;
import static io.github.calicobgp.peering.Fixtures.meshOff;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.nodeConfig;
import static io.github.calicobgp.peering.Fixtures.peer;
import static io.github.calicobgp.peering.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BlockAffinityState;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.GoDuration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per quirk of Calico's confd (confd/pkg/backends/calico: client.go, bgp_processor.go)
 * that the engine reproduces.
 */
class QuirksTest {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  private static NodePlan plan(String node, Resource... resources) {
    return ENGINE.plan(ClusterSnapshot.of(List.of(resources)), node);
  }

  private static List<String> names(List<Peer> peers) {
    return peers.stream().map(Peer::name).toList();
  }

  private static Peer named(NodePlan plan, String name) {
    return plan.peers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void quirk13_1_passiveIsAStringComparisonOfAddresses() {
    NodePlan plan = plan("a",
        node("a").v4("10.192.0.2/16").v6("fd00::9/64").build(),
        node("b").v4("10.192.0.10/16").v6("fd00::10/64").build(),
        node("c").v4("10.192.0.3/16").v6("fd00::a/64").build());

    assertThat(named(plan, "Mesh_10_192_0_10").passive()).isFalse();
    assertThat(named(plan, "Mesh_10_192_0_3").passive()).isTrue();
    // "fd00::10" < "fd00::9" < "fd00::a" as text, whatever the numbers.
    assertThat(named(plan, "Mesh_fd00__10").passive()).isFalse();
    assertThat(named(plan, "Mesh_fd00__a").passive()).isTrue();
  }

  @Test
  void quirk13_2_meshPeerWithoutAsNumberIsAssumedInTheLocalNodesAs() {
    NodePlan plan = plan("a",
        defaultConfig(c -> c.asNumber(as(64600))),
        node("a").v4("10.0.0.1/24").as(65100).build(),
        node("b").v4("10.0.0.2/24").build());

    Peer mesh = plan.ipv4().peers().get(0);
    assertThat(mesh.remoteAS()).isEqualTo(as(65100));
    assertThat(mesh.isInternal()).isTrue();
    assertThat(plan("b", defaultConfig(c -> c.asNumber(as(64600))),
        node("a").v4("10.0.0.1/24").as(65100).build(),
        node("b").v4("10.0.0.2/24").build()).ipv4().peers().get(0).remoteAS())
        .isEqualTo(as(65100));
  }

  @Test
  void quirk13_3_onlyGlobalExplicitPeersToNodeAddressesAreAutoPassive() {
    Resource[] cluster = {
      meshOff(),
      node("a").v4("10.0.0.1/24").build(),
      node("b").v4("10.0.0.2/24").label("peer", "yes").build(),
      node("c").v4("10.0.0.3/24").build(),
      peer("explicit-global", p -> p.peerIP("10.0.0.2")),
      peer("explicit-external", p -> p.peerIP("10.0.0.9").asNumber(as(65000))),
      peer("explicit-node", p -> p.node("a").peerIP("10.0.0.3")),
      peer("selector-global", p -> p.peerSelector("has(peer)").asNumber(as(1))),
    };
    NodePlan a = plan("a", cluster);
    assertThat(a.ipv4().peers()).extracting(Peer::name, Peer::passive).containsExactly(
        tuple("Global_10_0_0_2", true),
        tuple("Global_10_0_0_9", false),
        tuple("Node_10_0_0_3", false));

    // The same pair from b's side: its address is above a's, so it is the active end.
    NodePlan b = plan("b", cluster);
    assertThat(named(b, "Node_10_0_0_1").passive()).isFalse();
  }

  @Test
  void quirk13_4_everyIbgpExplicitPeerOfARouteReflectorIsAClient() {
    NodePlan plan = plan("rr",
        meshOff(),
        node("rr").v4("10.0.0.1/24").rr("9.9.9.9").build(),
        peer("ibgp-external", p -> p.node("rr").peerIP("192.0.2.1").asNumber(as(64512))),
        peer("ebgp-external", p -> p.node("rr").peerIP("192.0.2.2").asNumber(as(65000))));

    assertThat(named(plan, "Node_192_0_2_1").routeReflectorClusterId()).isEqualTo("9.9.9.9");
    assertThat(named(plan, "Node_192_0_2_2").isRouteReflectorClient()).isFalse();
  }

  @Test
  void quirk13_5_routeReflectorsHaveNoMeshAndNoNodeMeshesWithThem() {
    Resource[] cluster = {
      node("a").v4("10.0.0.1/24").build(),
      node("b").v4("10.0.0.2/24").build(),
      node("rr").v4("10.0.0.3/24").rr("1.2.3.4").build(),
    };
    assertThat(names(plan("a", cluster).ipv4().peers())).containsExactly("Mesh_10_0_0_2");
    assertThat(plan("rr", cluster).ipv4().peers()).isEmpty();
  }

  @Test
  void quirk13_6_port179SharesTheKeyOfNoPortButKeepsItInTheName() {
    NodePlan plan = plan("a",
        meshOff(),
        node("a").v4("10.0.0.1/24").build(),
        peer("a-with-179", p -> p.peerIP("192.0.2.1:179").asNumber(as(65000))),
        peer("b-without-port", p -> p.peerIP("192.0.2.1").asNumber(as(65001))));

    Peer peer = plan.ipv4().peers().get(0);
    assertThat(names(plan.ipv4().peers())).containsExactly("Global_192_0_2_1_port_179");
    assertThat(peer.port()).isEqualTo(179);
    assertThat(peer.remoteAS()).isEqualTo(as(65000));
  }

  @Test
  void quirk13_7_portInferenceNeedsTheAsAndTheGlobalPortExcludesMatchingNodes() {
    Resource[] cluster = {
      defaultConfig(c -> c.nodeToNodeMeshEnabled(false).listenPort(150)),
      nodeConfig("b", c -> c.listenPort(500)),
      node("a").v4("10.0.0.1/24").build(),
      node("b").v4("10.0.0.2/24").build(),
      // b's own port is 500, but the global 150 differs: b is no match, so no reverse peering.
      peer("to-b-500", p -> p.node("a").peerIP("10.0.0.2:500")),
      // An AS that is not b's: no port inferred.
      peer("to-b-other-as", p -> p.node("a").peerIP("10.0.0.2").asNumber(as(65000))),
    };
    assertThat(names(plan("a", cluster).ipv4().peers()))
        .containsExactly("Node_10_0_0_2", "Node_10_0_0_2_port_500");
    assertThat(plan("b", cluster).ipv4().peers()).isEmpty();
  }

  @Test
  void quirk13_8_fieldsThatSelectorReverseAndWorkloadPeeringsIgnore() {
    Resource[] cluster = {
      meshOff(),
      Fixtures.secret("kube-system", "s", Map.of("k", "pw")),
      node("a").v4("10.0.0.1/24").build(),
      node("b").v4("10.0.0.2/24").label("peer", "yes").build(),
      Fixtures.workload("w", "a", Map.of("app", "x"), "192.168.0.1/32"),
      peer("selector", p -> p.node("a").peerSelector("has(peer)").localASNumber(as(65005))
          .numAllowedLocalASNumbers(3).ttlSecurity(2).password(BGPPassword.fromSecret("s", "k"))),
      peer("workload", p -> p.localWorkloadSelector("app == 'x'").asNumber(as(65009))
          .ttlSecurity(4).password(BGPPassword.fromSecret("s", "k")).nextHopMode("Self")
          .maxRestartTime(GoDuration.parse("10s"))),
    };
    NodePlan a = plan("a", cluster);
    Peer selector = named(a, "Node_10_0_0_2");
    assertThat(selector.localASOverride()).isNull();
    assertThat(selector.allowLocalAsCount()).isNull();
    assertThat(selector.ttlSecurityHops()).isEqualTo(2);
    assertThat(selector.password()).isEqualTo(Password.of("pw"));
    Peer workload = named(a, "Local_Workload_192_168_0_1");
    assertThat(workload.ttlSecurityHops()).isNull();
    assertThat(workload.password()).isNull();
    assertThat(workload.nextHop()).isEqualTo(NextHopPolicy.DEFAULT);
    assertThat(workload.gracefulRestartSeconds()).isNull();
    assertThat(workload.sourceAddress()).isNull();
    // The reverse peering on b ignores localASNumber too.
    assertThat(named(plan("b", cluster), "Node_10_0_0_1").localASOverride()).isNull();
  }

  @Test
  void quirk13_9_nextHopModeDisablesTheLegacyFlagWhichAppliesOnlyToEbgp() {
    NodePlan plan = plan("a",
        meshOff(),
        node("a").v4("10.0.0.1/24").build(),
        peer("auto", p -> p.node("a").peerIP("192.0.2.1").asNumber(as(65000))
            .nextHopMode("Auto").keepOriginalNextHop(true)),
        peer("legacy-ebgp", p -> p.node("a").peerIP("192.0.2.2").asNumber(as(65000))
            .keepOriginalNextHop(true)),
        peer("legacy-ibgp", p -> p.node("a").peerIP("192.0.2.3").asNumber(as(64512))
            .keepOriginalNextHop(true)),
        peer("self-ibgp", p -> p.node("a").peerIP("192.0.2.4").asNumber(as(64512))
            .nextHopMode("Self")),
        peer("keep-ibgp", p -> p.node("a").peerIP("192.0.2.5").asNumber(as(64512))
            .nextHopMode("Keep")));

    assertThat(plan.ipv4().peers()).extracting(Peer::nextHop).containsExactly(
        NextHopPolicy.DEFAULT, NextHopPolicy.KEEP, NextHopPolicy.DEFAULT, NextHopPolicy.SELF,
        NextHopPolicy.KEEP);
  }

  @Test
  void quirk13_10_theFirstBGPPeerByNameWinsAKeyAndTheFirstNodeByNameGivesThePort() {
    NodePlan plan = plan("a",
        defaultConfig(c -> c.nodeToNodeMeshEnabled(false)),
        nodeConfig("x", c -> c.listenPort(1001)),
        nodeConfig("y", c -> c.listenPort(1002)),
        node("a").v4("10.0.0.1/24").build(),
        node("y").v4("10.0.0.7/24").build(),
        node("x").v4("10.0.0.7/24").build(),
        peer("zz", p -> p.peerIP("192.0.2.1").asNumber(as(65002))),
        peer("aa", p -> p.peerIP("192.0.2.1").asNumber(as(65001))),
        peer("to-shared", p -> p.peerIP("10.0.0.7")));

    assertThat(named(plan, "Global_192_0_2_1").remoteAS()).isEqualTo(as(65001));
    assertThat(named(plan, "Global_192_0_2_1").bgpPeerName()).isEqualTo("aa");
    assertThat(named(plan, "Global_10_0_0_7_port_1001").remoteNodeName()).isEqualTo("x");
  }

  @Test
  void quirk13_11_aMeshPeerAndABGPPeerToTheSameAddressAreBothRendered() {
    NodePlan plan = plan("a",
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(as(64512))));

    assertThat(names(plan.ipv4().peers())).containsExactly("Mesh_10_0_0_2", "Node_10_0_0_2");
  }

  @Test
  void quirk13_12_anIpv6AddressWithATrailingNumberIsNoPortAndPortsHaveBasePrefixes() {
    NodePlan plan = plan("a",
        meshOff(),
        node("a").v4("10.0.0.1/24").v6("fd00::1/64").build(),
        peer("v6", p -> p.peerIP("2001::1:179").asNumber(as(65000))),
        peer("octal", p -> p.peerIP("192.0.2.1:010").asNumber(as(65000))),
        peer("bracket-without-port", p -> p.peerIP("[2001::2]").asNumber(as(65000))));

    assertThat(names(plan.ipv6().peers())).containsExactly("Global_2001__1_179");
    assertThat(names(plan.ipv4().peers())).containsExactly("Global_192_0_2_1_port_8");
  }

  @Test
  void quirk13_13_anExplicitPeerWithoutAsNumberHasAs0() {
    NodePlan plan = plan("a",
        meshOff(),
        node("a").v4("10.0.0.1/24").build(),
        peer("no-as", p -> p.peerIP("192.0.2.1")));

    assertThat(plan.ipv4().peers().get(0).remoteAS()).isEqualTo(as(0));
  }

  @Test
  void quirk13_14_nodePrefixAdvertisementsHideTheGlobalOnesInBothFamilies() {
    Resource[] cluster = {
      defaultConfig(c -> c.addCommunity("gold", "65000:100")
          .addPrefixAdvertisement("10.0.0.0/8", List.of("gold"))
          .addPrefixAdvertisement("fd00::/8", List.of("1:2"))),
      nodeConfig("a", c -> c.addCommunity("silver", "65000:200")
          .addPrefixAdvertisement("192.168.0.0/16", List.of("silver", "gold", "7:8:9"))),
      node("a").v4("10.0.0.1/24").v6("fd00::1/64").build(),
      node("b").v4("10.0.0.2/24").v6("fd00::2/64").build(),
    };
    NodePlan a = plan("a", cluster);
    assertThat(a.ipv4().communities()).containsExactly(
        new PrefixCommunities("192.168.0.0/16", List.of("65000:200", "7:8:9")));
    assertThat(a.ipv6().communities()).isEmpty();
    NodePlan b = plan("b", cluster);
    assertThat(b.ipv4().communities()).containsExactly(
        new PrefixCommunities("10.0.0.0/8", List.of("65000:100")));
    assertThat(b.ipv6().communities()).containsExactly(
        new PrefixCommunities("fd00::/8", List.of("1:2")));
  }

  @Test
  void quirk13_15_traceAndOtherLevelsMeanNoneAndANodeLevelOverridesTheGlobalOne() {
    Resource[] cluster = {
      defaultConfig(c -> c.logSeverityScreen("Trace")),
      nodeConfig("b", c -> c.logSeverityScreen("DEBUG")),
      nodeConfig("c", c -> c.listenPort(1)),
      node("a").v4("10.0.0.1/24").build(),
      node("b").v4("10.0.0.2/24").build(),
      node("c").v4("10.0.0.3/24").build(),
    };
    assertThat(plan("a", cluster).logLevel()).isEqualTo(LogLevel.NONE);
    assertThat(plan("b", cluster).logLevel()).isEqualTo(LogLevel.DEBUG);
    // In etcd, c's BGPConfiguration has no level and the global one applies; in Kubernetes the
    // CRD stores Info in it (StoredFormTest).
    ClusterSnapshot etcd = ClusterSnapshot.of(List.of(cluster), Datastore.ETCD);
    assertThat(ENGINE.plan(etcd, "c").logLevel()).isEqualTo(LogLevel.NONE);
    assertThat(plan("c", cluster).logLevel()).isEqualTo(LogLevel.INFO);
    assertThat(plan("a", node("a").v4("10.0.0.1/24").build()).logLevel())
        .isEqualTo(LogLevel.INFO);
  }

  @Test
  void quirk13_16_theRouterIdIsTheIpv4AddressOrNone() {
    NodePlan v6Only = plan("a", node("a").v6("fd00::1/64").build());
    assertThat(v6Only.routerId()).isNull();
    NodePlan dual = plan("a", node("a").v4("10.0.0.1/24").v6("fd00::1/64").build());
    assertThat(dual.routerId()).isEqualTo("10.0.0.1");

    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(node("kube-master").build(),
        node("node-18").build(), node("node1").build()));
    PeeringEngine hash = new PeeringEngine(
        PeeringOptions.defaults().withRouterId(RouterIdSource.parse("hash")));
    assertThat(hash.plan(snapshot, "kube-master").routerId()).isEqualTo("25.79.212.8");
    assertThat(hash.plan(snapshot, "node1").routerId()).isEqualTo("202.18.243.27");
    assertThat(hash.plan(snapshot, "node-18").routerId()).isEqualTo("213.194.139.227");
    PeeringEngine fixed = new PeeringEngine(
        PeeringOptions.defaults().withRouterId(RouterIdSource.parse("not even an address")));
    assertThat(fixed.plan(snapshot, "node1").routerId()).isEqualTo("not even an address");
  }

  @Test
  void quirk13_18_aNodeWithoutIpv4HasNoIpv4NetworkButStillItsPools() {
    NodePlan plan = plan("a", node("a").v6("fd00::1/64").build(),
        pool("p", "192.168.0.0/16", "Always", null));
    assertThat(plan.ipv4().enabled()).isFalse();
    assertThat(plan.ipv4().network()).isNull();
    assertThat(plan.ipv4().pools()).hasSize(1);
    assertThat(plan.ipv6().network()).isEqualTo(CIDR.parse("fd00::/64"));
  }

  @Test
  void quirk13_20_disabledPoolsCountAndExportDisabledIsKeptApart() {
    IPPool disabled = new IPPool(ObjectMeta.named("disabled"),
        new io.github.calicobgp.api.resource.IPPoolSpec("10.1.0.0/16", null, null, null, true,
            true, null, null, null, null, null));
    NodePlan plan = plan("a",
        defaultConfig(c -> c.programClusterRoutes("Enabled")),
        node("a").v4("10.0.0.1/24").build(),
        disabled,
        pool("vxlan", "10.2.0.0/16", "Always", "CrossSubnet"),
        pool("ipip", "10.3.0.5/16", "CrossSubnet", null),
        pool("same-network-later-name", "10.3.0.0/16", null, null),
        pool("v6", "fd00:1::/64", null, null));

    assertThat(plan.ipv4().pools()).containsExactly(
        new PoolRoute(CIDR.parse("10.1.0.0/16"), PoolEncapsulation.NONE, true, true),
        new PoolRoute(CIDR.parse("10.2.0.0/16"), PoolEncapsulation.VXLAN, false, false),
        new PoolRoute(CIDR.parse("10.3.0.0/16"), PoolEncapsulation.IPIP_CROSS_SUBNET, false,
            true));
    assertThat(plan.ipv6().pools()).extracting(PoolRoute::cidr)
        .containsExactly(CIDR.parse("fd00:1::/64"));
    assertThat(plan.clusterRoutes()).isEqualTo(new ClusterRoutePolicy(true, true));
  }

  @Test
  void quirk13_21_blockAffinities() {
    NodePlan plan = plan("a",
        node("a").v4("10.0.0.1/24").build(),
        affinity("a1", "a", "192.168.221.64/26", "confirmed"),
        affinity("a2", "a", "192.168.221.192/26", ""),
        affinity("a3", "a", "192.168.221.0/26", "pending"),
        affinity("a4", "a", "10.2.0.1/32", "pendingDeletion"),
        affinity("a5", "a", "fd00:5::/122", ""),
        affinity("b1", "b", "10.9.0.0/26", ""));

    assertThat(plan.ipv4().blocks()).extracting(b -> b.cidr().toString(), BlockRoute::state)
        .containsExactly(
            tuple("10.2.0.1/32", BlockAffinityState.PENDING_DELETION),
            tuple("192.168.221.192/26", BlockAffinityState.IMPLICITLY_CONFIRMED),
            tuple("192.168.221.64/26", BlockAffinityState.CONFIRMED));
    assertThat(plan.ipv6().blocks()).extracting(b -> b.cidr().toString())
        .containsExactly("fd00:5::/122");
  }

  @Test
  void quirk13_23_reachableByRoutesComeFromRawRecordsSelfIncluded() {
    Resource[] cluster = {
      meshOff(),
      node("a").v4("10.0.0.1/24").label("peer", "yes").build(),
      node("b").v4("10.0.0.2/24").label("peer", "yes").build(),
      peer("gw", p -> p.peerIP("10.225.0.4").asNumber(as(65000)).reachableBy("10.224.0.1")),
      peer("gw-port", p -> p.peerIP("10.225.0.4:166").asNumber(as(65000))
          .reachableBy("10.224.0.1")),
      peer("wrong-family", p -> p.peerIP("10.225.0.5").asNumber(as(65000))
          .reachableBy("fd00::1")),
      peer("selector", p -> p.node("a").peerSelector("has(peer)").reachableBy("not-an-ip")),
    };
    NodePlan a = plan("a", cluster);
    assertThat(a.ipv4().globalPeerRoutes()).containsExactly(
        new ReachableRoute(ip("10.225.0.4"), "10.224.0.1"),
        new ReachableRoute(ip("10.225.0.4"), "10.224.0.1"));
    assertThat(a.ipv4().nodePeerRoutes()).containsExactly(
        new ReachableRoute(ip("10.0.0.1"), "not-an-ip"),
        new ReachableRoute(ip("10.0.0.2"), "not-an-ip"));
    assertThat(names(a.ipv4().peers())).containsExactly(
        "Global_10_225_0_4", "Global_10_225_0_4_port_166", "Node_10_0_0_2");
  }

  @Test
  void quirk13_24_missingFiltersAndFiltersWithoutRulesForTheDirectionAreSkipped() {
    BGPFilterRule eBGPOnly = BGPFilterRule.builder().peerType("eBGP").action("Reject").build();
    NodePlan plan = plan("a",
        meshOff(),
        node("a").v4("10.0.0.1/24").v6("fd00::1/64").build(),
        Fixtures.filter("export-typed", List.of(), List.of(eBGPOnly), List.of(), List.of()),
        Fixtures.filter("import-v4", List.of(Fixtures.accept("10.0.0.0/8")), List.of(),
            List.of(), List.of()),
        Fixtures.filter("unused", List.of(Fixtures.accept("10.0.0.0/8")), List.of(), List.of(),
            List.of()),
        peer("p", s -> s.peerIP("192.0.2.1").asNumber(as(65000))
            .addFilter("missing").addFilter("import-v4").addFilter("export-typed")),
        peer("p6", s -> s.peerIP("fd00::9").asNumber(as(65000)).addFilter("import-v4")));

    Peer v4 = plan.ipv4().peers().get(0);
    assertThat(v4.importFilters()).containsExactly(new FilterRef("import-v4", false));
    assertThat(v4.exportFilters()).containsExactly(new FilterRef("export-typed", true));
    Peer v6 = plan.ipv6().peers().get(0);
    assertThat(v6.importFilters()).isEmpty();
    assertThat(plan.bgpFilters()).extracting(f -> f.metadata().name())
        .containsExactly("export-typed", "import-v4", "unused");
  }
}
