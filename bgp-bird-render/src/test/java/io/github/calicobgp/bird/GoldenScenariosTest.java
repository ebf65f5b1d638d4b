package io.github.calicobgp.bird;

import static io.github.calicobgp.bird.TestPlans.as;
import static io.github.calicobgp.bird.TestPlans.filter;
import static io.github.calicobgp.bird.TestPlans.ip;
import static io.github.calicobgp.bird.TestPlans.mesh;
import static io.github.calicobgp.bird.TestPlans.pool;
import static io.github.calicobgp.bird.TestPlans.reachable;

import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterRule.Operation;
import io.github.calicobgp.peering.FilterRef;
import io.github.calicobgp.peering.NextHopPolicy;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.PoolEncapsulation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-built plans of a few of Calico's golden scenarios (what the peering engine will compute
 * from their inputs), checked against the goldens themselves.
 */
class GoldenScenariosTest {

  private final BirdRenderer renderer = new BirdRenderer();

  @Test
  void meshBgpExport() throws IOException {
    TestPlans.Node node = TestPlans.node();
    node.v4
        .address("10.192.0.2/16")
        .pools(
            pool("192.168.1.0/24", PoolEncapsulation.NONE, false, true),
            pool("192.168.2.0/24", PoolEncapsulation.NONE, true, true),
            pool("192.168.3.0/24", PoolEncapsulation.NONE, false, true))
        .blocks(TestPlans.standardBlocks())
        .peers(
            mesh("10.192.0.3", 64512, 64512, "10.192.0.2").build(),
            mesh("10.192.0.4", 64512, 64512, "10.192.0.2").build());
    node.v6.pools(
        pool("2002:101::/64", PoolEncapsulation.NONE, false, true),
        pool("2002:102::/64", PoolEncapsulation.NONE, true, true),
        pool("2002:103::/64", PoolEncapsulation.NONE, false, true));

    Goldens.assertMatches("mesh-bgp-export", renderer.render(node.build()));
  }

  @Test
  void kubevirtLiveMigrationFilters() throws IOException {
    List<BGPFilterRule> exports =
        List.of(
            BGPFilterRule.builder()
                .action("Accept")
                .peerType("eBGP")
                .priority(100)
                .addOperation(Operation.addCommunity("65000:100"))
                .build(),
            BGPFilterRule.builder()
                .action("Accept")
                .peerType("eBGP")
                .priority(200)
                .addOperation(Operation.addCommunity("65000:200"))
                .addOperation(Operation.prependASPath(List.of(as(65000))))
                .build(),
            BGPFilterRule.builder().action("Reject").build());
    List<BGPFilterRule> imports =
        List.of(
            BGPFilterRule.builder()
                .action("Accept")
                .community("65000:100")
                .addOperation(Operation.setPriority(100))
                .build(),
            BGPFilterRule.builder()
                .action("Accept")
                .asPathPrefix(List.of(as(65000)))
                .addOperation(Operation.setPriority(200))
                .build(),
            BGPFilterRule.builder().action("Accept").build());
    TestPlans.Node node =
        TestPlans.node().filters(filter("kubevirt-lm", imports, exports, imports, exports));
    node.v4
        .address("10.192.0.2/16")
        .blocks(TestPlans.standardBlocks())
        .peers(kubevirtPeer("Node_10_192_0_3", "10.192.0.3", "10.192.0.2"));
    node.v6
        .address("2001::102/64")
        .peers(kubevirtPeer("Node_2001__103", "2001::103", "2001::102"));

    Goldens.assertMatches("bgpfilter-kubevirt_live_migration", renderer.render(node.build()));
  }

  @Test
  void meshStaticRoutes() throws IOException {
    TestPlans.Node node = TestPlans.node().loadBalancerIPs("80.15.0.0/24");
    node.v4
        .address("10.192.0.2/16")
        .pools(pool("192.168.0.0/16", PoolEncapsulation.IPIP_ALWAYS, false, false))
        .blocks(TestPlans.standardBlocks())
        .staticRoutes("10.101.0.0/16", "10.101.0.101/32", "80.15.0.0/24")
        .rejectRoutes("10.101.0.0/16", "80.15.0.0/24")
        .peers(
            mesh("10.192.0.3", 64512, 64512, "10.192.0.2").build(),
            mesh("10.192.0.4", 64512, 64512, "10.192.0.2").build());
    node.v6
        .address("fdf5:10::2/112")
        .staticRoutes("fd00:96::/112", "fd00:96::28/128")
        .rejectRoutes("fd00:96::/112")
        .peers(
            mesh("fdf5:10::3", 64512, 64512, "fdf5:10::2").build(),
            mesh("fdf5:10::4", 64512, 64512, "fdf5:10::2").build());

    Goldens.assertMatches("mesh-static-routes", renderer.render(node.build()));
  }

  @Test
  void reachableByGlobalPeers() throws IOException {
    TestPlans.Node node = TestPlans.node();
    node.v4
        .address("10.192.0.2/16")
        .blocks(TestPlans.standardBlocks())
        .globalPeerRoutes(
            reachable("10.225.0.4", "10.224.0.1"), reachable("10.225.0.5", "10.224.0.1"))
        .peers(
            external("Global_10_225_0_4", "10.225.0.4", "10.192.0.2"),
            external("Global_10_225_0_5", "10.225.0.5", "10.192.0.2"));
    node.v6
        .address("2001::103/64")
        .globalPeerRoutes(reachable("ffee::10", "ffee::1:1"), reachable("ffee::11", "ffee::1:1"))
        .peers(
            external("Global_ffee__10", "ffee::10", "2001::103"),
            external("Global_ffee__11", "ffee::11", "2001::103"));

    Goldens.assertMatches("reachable_by-global_peers", renderer.render(node.build()));
  }

  private static Peer kubevirtPeer(String name, String address, String local) {
    return Peer.builder()
        .name(name)
        .kind(PeerKind.NODE)
        .address(ip(address))
        .remoteAS(as(64517))
        .localAS(as(64512))
        .sourceAddress(ip(local))
        .importFilters(List.of(new FilterRef("kubevirt-lm", false)))
        .exportFilters(List.of(new FilterRef("kubevirt-lm", true)))
        .bgpPeerName("kubevirt-ebgp-peer-v" + (address.contains(":") ? 6 : 4))
        .build();
  }

  private static Peer external(String name, String address, String local) {
    return Peer.builder()
        .name(name)
        .kind(PeerKind.GLOBAL)
        .address(ip(address))
        .remoteAS(as(65515))
        .localAS(as(64512))
        .sourceAddress(ip(local))
        .nextHop(NextHopPolicy.KEEP)
        .build();
  }
}
