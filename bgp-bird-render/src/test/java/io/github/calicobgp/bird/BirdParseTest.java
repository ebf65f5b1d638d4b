package io.github.calicobgp.bird;

import static io.github.calicobgp.bird.TestPlans.as;
import static io.github.calicobgp.bird.TestPlans.block;
import static io.github.calicobgp.bird.TestPlans.filter;
import static io.github.calicobgp.bird.TestPlans.ip;
import static io.github.calicobgp.bird.TestPlans.mesh;
import static io.github.calicobgp.bird.TestPlans.pool;
import static io.github.calicobgp.bird.TestPlans.reachable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterRule.Operation;
import io.github.calicobgp.api.resource.BlockAffinityState;
import io.github.calicobgp.peering.ClusterRoutePolicy;
import io.github.calicobgp.peering.FilterRef;
import io.github.calicobgp.peering.LogLevel;
import io.github.calicobgp.peering.NextHopPolicy;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Password;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.PoolEncapsulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered file is accepted by BIRD 1.6's own parser ({@code bird -p}). */
class BirdParseTest {

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("everything, dual stack", everything().build()),
        Arguments.of("debug logging, node-specific AS", everything().logLevel(LogLevel.DEBUG)
            .asNumber(4200000000L).build()),
        Arguments.of("no debug lines, route reflector", reflector().logLevel(LogLevel.NONE)
            .build()),
        Arguments.of("both families disabled", TestPlans.node().routerId("10.10.10.10").build()),
        Arguments.of("IPv6 only, hashed router id", ipv6Only().build()),
        Arguments.of("a mesh of 300 nodes", largeMesh(300).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void birdAcceptsTheFiles(String description, NodePlan plan, @TempDir Path dir)
      throws IOException {
    BirdParser parser = RealBird.parser();
    BirdConfig config = new BirdRenderer().render(plan);
    config.writeTo(dir);

    assertThat(parser.check(dir)).as(description).isEmpty();
  }

  /**
   * The one exception is Calico's own: IPIP pools whose routes BIRD programs set {@code
   * krt_tunnel}, which exists only in Calico's patched BIRD, so stock BIRD must reject them. The
   * config says so, and parse checks leave such configs out.
   */
  @Test
  void krtTunnelNeedsCalicosBird(@TempDir Path dir) throws IOException {
    BirdParser parser = RealBird.parser();
    TestPlans.Node node = everything().clusterRoutes(new ClusterRoutePolicy(true, true));
    node.v4.pools(pool("172.16.0.0/16", PoolEncapsulation.IPIP_ALWAYS, false, true));
    BirdConfig config = new BirdRenderer().render(node.build());
    config.writeTo(dir);

    assertThat(config.requiresCalicoBird()).isTrue();
    assertThat(parser.check(dir))
        .hasValueSatisfying(error -> assertThat(error).contains("bird.cfg"));
  }

  @Test
  void brokenFilesAreReported(@TempDir Path dir) throws IOException {
    BirdParser parser = RealBird.parser();
    new BirdRenderer().render(everything().build()).writeTo(dir);
    java.nio.file.Files.writeString(dir.resolve("bird6_ipam.cfg"), "filter {");

    assertThat(parser.check(dir))
        .hasValueSatisfying(error -> assertThat(error).startsWith("bird6.cfg: ")
            .contains("bird6_ipam.cfg"));
  }

  @Test
  void aBatchReportsExactlyTheRejectedFolders(@TempDir Path dir) throws IOException {
    BirdParser parser = RealBird.parser();
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Path folder = Files.createDirectory(dir.resolve("node " + i));
      new BirdRenderer().render(everything().build()).writeTo(folder);
      dirs.add(folder);
    }
    Files.writeString(dirs.get(3).resolve("bird_ipam.cfg"), "filter {");

    assertThat(parser.checkAll(dirs)).containsOnlyKeys(dirs.get(3))
        .hasValueSatisfying(new Condition<>(
            error -> error.startsWith("bird.cfg: ") && error.contains("bird_ipam.cfg"),
            "BIRD's message for bird.cfg"));
    assertThat(parser.checkAll(List.of())).isEmpty();
  }

  /** A node using every feature of the six files, in both families. */
  static TestPlans.Node everything() {
    TestPlans.Node node =
        TestPlans.node()
            .ignoredInterfaces("eth9", "vlan*")
            .loadBalancerIPs("80.15.0.0/24", "fd00:80::/112")
            .externalIPs("80.16.0.1/32")
            .filters(allRules("all-rules"), allRules(
                "greater-than-64-characters.so.this.should.definitely.truncate-1234567890"));
    node.v4
        .address("10.192.0.2/16")
        .listen("10.192.0.2", 1790)
        .priority(512)
        .community("10.50.0.0/16", "65000:100", "65000:200:300")
        .pools(
            pool("192.168.1.0/24", PoolEncapsulation.NONE, false, true),
            pool("192.168.2.0/24", PoolEncapsulation.NONE, true, true),
            pool("192.168.3.0/24", PoolEncapsulation.IPIP_ALWAYS, false, false),
            pool("192.168.4.0/24", PoolEncapsulation.VXLAN, false, false))
        .blocks(TestPlans.standardBlocks())
        .blocks(List.of(block("10.3.0.0/26", BlockAffinityState.PENDING_DELETION)))
        .staticRoutes("10.101.0.0/16", "10.101.0.101/32")
        .rejectRoutes("10.101.0.0/16")
        .globalPeerRoutes(reachable("10.225.0.4", "10.224.0.1"))
        .nodePeerRoutes(reachable("10.225.0.5", "10.224.0.1"))
        .wireguardNextHops("10.192.0.3")
        .peers(
            mesh("10.192.0.10", 64513, 64512, "10.192.0.2")
                .port(1791)
                .gracefulRestartSeconds(0L)
                .password(Password.of("mesh \\ pass # ; { } ' /*"))
                .build(),
            mesh("10.192.0.3", 64512, 64512, "10.192.0.2").build(),
            explicit("Node_192_0_2_1_port_1179", "192.0.2.1", "10.192.0.2").build());
    node.v6
        .address("fd00::2/64")
        .community("fd00:50::/48", "65000:1")
        .pools(pool("fd00:1::/64", PoolEncapsulation.NONE, false, false))
        .blocks(List.of(block("fd00:1::/122", BlockAffinityState.IMPLICITLY_CONFIRMED)))
        .staticRoutes("fd00:96::/112")
        .rejectRoutes("fd00:96::/112")
        .globalPeerRoutes(reachable("ffee::10", "ffee::1:1"))
        .peers(
            mesh("fd00::3", 64512, 64512, "fd00::2").build(),
            explicit("Global_ffee__10", "ffee::10", "fd00::2").nextHop(NextHopPolicy.KEEP)
                .build());
    return node;
  }

  private static TestPlans.Node reflector() {
    TestPlans.Node node = everything().clusterId("10.0.0.1");
    node.v4.peers(
        Peer.builder()
            .name("Node_10_192_0_4")
            .kind(PeerKind.NODE)
            .address(ip("10.192.0.4"))
            .remoteAS(as(64512))
            .localAS(as(64512))
            .routeReflectorClusterId("10.0.0.1")
            .sourceAddress(ip("10.192.0.2"))
            .build());
    return node;
  }

  private static TestPlans.Node ipv6Only() {
    TestPlans.Node node = TestPlans.node().routerId("25.79.212.8");
    node.v6.address("fd00::2/64").peers(mesh("fd00::3", 64512, 64512, "fd00::2").build());
    return node;
  }

  static TestPlans.Node largeMesh(int nodes) {
    TestPlans.Node node = TestPlans.node().routerId("10.0.0.1");
    List<Peer> peers = new ArrayList<>();
    for (int i = 2; i <= nodes; i++) {
      peers.add(
          mesh("10.0." + (i / 256) + "." + (i % 256), 64512, 64512, "10.0.0.1")
              .gracefulRestartSeconds(120L)
              .build());
    }
    peers.sort((a, b) -> a.name().compareTo(b.name()));
    node.v4.address("10.0.0.1/16").blocks(TestPlans.standardBlocks()).peers(peers);
    return node;
  }

  private static Peer.Builder explicit(String name, String address, String local) {
    return Peer.builder()
        .name(name)
        .kind(name.startsWith("Global") ? PeerKind.GLOBAL : PeerKind.NODE)
        .address(ip(address))
        .port(name.contains("_port_") ? 1179 : null)
        .remoteAS(as(65000))
        .localASOverride(as(64999))
        .localAS(as(64999))
        .sourceAddress(ip(local))
        .ttlSecurityHops(2)
        .passive(false)
        .password(Password.of("p\tä€😀\r"))
        .gracefulRestartSeconds(120L)
        .keepaliveSeconds(20L)
        .nextHop(NextHopPolicy.SELF)
        .allowLocalAsCount(2)
        .importFilters(List.of(new FilterRef("all-rules", true)))
        .exportFilters(
            List.of(
                new FilterRef("all-rules", true),
                new FilterRef(
                    "greater-than-64-characters.so.this.should.definitely.truncate-1234567890",
                    true)))
        .bgpPeerName("tor");
  }

  /** A filter with every kind of condition and operation, for both families. */
  private static BGPFilter allRules(String name) {
    List<BGPFilterRule> v4 = rules("10.244.0.0/16", 24, 30);
    List<BGPFilterRule> v6 = rules("fd00:244::/48", 56, 64);
    return filter(name, v4, v4, v6, v6);
  }

  private static List<BGPFilterRule> rules(String cidr, int min, int max) {
    return List.of(
        BGPFilterRule.builder().match("In", cidr).prefixLength(min, max).action("Accept").build(),
        BGPFilterRule.builder().match("NotIn", cidr).action("Reject").build(),
        BGPFilterRule.builder().match("Equal", cidr).source("RemotePeers").action("Accept").build(),
        BGPFilterRule.builder().match("NotEqual", cidr).interfaceName("eth*").action("Reject")
            .build(),
        BGPFilterRule.builder()
            .peerType("eBGP")
            .community("65000:100")
            .addOperation(Operation.addCommunity("65001:300:400"))
            .addOperation(Operation.prependASPath(List.of(as(65000), as(65001))))
            .addOperation(Operation.setPriority(100))
            .action("Accept")
            .build(),
        BGPFilterRule.builder()
            .peerType("iBGP")
            .community("65000:100:200")
            .asPathPrefix(List.of(as(65000), as(4200000000L)))
            .priority(200)
            .action("Accept")
            .build(),
        BGPFilterRule.builder().action("Reject").build());
  }
}
