package io.github.calicobgp.bird;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.BlockAffinityState;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.BlockRoute;
import io.github.calicobgp.peering.ClusterRoutePolicy;
import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.LogLevel;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.PoolEncapsulation;
import io.github.calicobgp.peering.PoolRoute;
import io.github.calicobgp.peering.PrefixCommunities;
import io.github.calicobgp.peering.ReachableRoute;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hand-built node plans for the renderer's tests, standing in for the peering engine. */
final class TestPlans {

  private TestPlans() {}

  /** A node called kube-master in AS 64512 with router id 10.192.0.2, info logging, no families. */
  static Node node() {
    return new Node();
  }

  /**
   * The standard block affinities of Calico's test harness ({@code createBlockAffinities},
   * confd/tests/helpers_test.go), in ls order.
   */
  static List<BlockRoute> standardBlocks() {
    return List.of(
        block("10.0.0.0/30", BlockAffinityState.IMPLICITLY_CONFIRMED),
        block("10.1.0.0/24", BlockAffinityState.IMPLICITLY_CONFIRMED),
        block("10.2.0.1/32", BlockAffinityState.IMPLICITLY_CONFIRMED),
        block("192.168.221.192/26", BlockAffinityState.IMPLICITLY_CONFIRMED),
        block("192.168.221.64/26", BlockAffinityState.CONFIRMED));
  }

  static BlockRoute block(String cidr, BlockAffinityState state) {
    return new BlockRoute(CIDR.parse(cidr), state);
  }

  static PoolRoute pool(
      String cidr, PoolEncapsulation encapsulation, boolean exportDisabled, boolean byBird) {
    return new PoolRoute(CIDR.parse(cidr), encapsulation, exportDisabled, byBird);
  }

  static ReachableRoute reachable(String peer, String via) {
    return new ReachableRoute(IPAddress.parse(peer), via);
  }

  static IPAddress ip(String text) {
    return IPAddress.parse(text);
  }

  static ASNumber as(long value) {
    return ASNumber.of(value);
  }

  /**
   * A mesh peer toward {@code address}, from {@code localIp}, as confd builds it
   * ({@code processMeshPeers}, confd/pkg/backends/calico/bgp_processor.go).
   */
  static Peer.Builder mesh(String address, long peerAS, long localAS, String localIp) {
    String name = "Mesh_" + address.replace('.', '_').replace(':', '_');
    return Peer.builder()
        .name(name)
        .kind(PeerKind.MESH)
        .address(ip(address))
        .remoteAS(as(peerAS))
        .localAS(as(localAS))
        .sourceAddress(ip(localIp))
        .passive(address.compareTo(localIp) > 0);
  }

  /** A BGPFilter with the given rules. */
  static BGPFilter filter(
      String name,
      List<BGPFilterRule> importV4,
      List<BGPFilterRule> exportV4,
      List<BGPFilterRule> importV6,
      List<BGPFilterRule> exportV6) {
    return new BGPFilter(
        ObjectMeta.named(name), new BGPFilterSpec(exportV4, importV4, exportV6, importV6));
  }

  /** A node plan under construction; every setter returns it. */
  static final class Node {
    private String name = "kube-master";
    private ASNumber asNumber = as(64512);
    private @Nullable String routerId = "10.192.0.2";
    private LogLevel logLevel = LogLevel.INFO;
    private List<String> ignoredInterfaces = List.of();
    private @Nullable String clusterId;
    private ClusterRoutePolicy clusterRoutes = ClusterRoutePolicy.DEFAULT;
    private List<String> loadBalancerIPs = List.of();
    private List<String> externalIPs = List.of();
    private List<BGPFilter> filters = List.of();
    final Family v4 = new Family(this, IPFamily.V4);
    final Family v6 = new Family(this, IPFamily.V6);

    Node name(String value) {
      name = value;
      return this;
    }

    Node asNumber(long value) {
      asNumber = as(value);
      return this;
    }

    Node routerId(@Nullable String value) {
      routerId = value;
      return this;
    }

    Node logLevel(LogLevel value) {
      logLevel = value;
      return this;
    }

    Node ignoredInterfaces(String... values) {
      ignoredInterfaces = List.of(values);
      return this;
    }

    Node clusterId(@Nullable String value) {
      clusterId = value;
      return this;
    }

    Node clusterRoutes(ClusterRoutePolicy value) {
      clusterRoutes = value;
      return this;
    }

    Node loadBalancerIPs(String... values) {
      loadBalancerIPs = List.of(values);
      return this;
    }

    Node externalIPs(String... values) {
      externalIPs = List.of(values);
      return this;
    }

    Node filters(BGPFilter... values) {
      filters = List.of(values);
      return this;
    }

    NodePlan build() {
      return new NodePlan(
          name,
          asNumber,
          routerId,
          logLevel,
          ignoredInterfaces,
          clusterId,
          clusterRoutes,
          loadBalancerIPs,
          externalIPs,
          filters,
          v4.build(),
          v6.build());
    }
  }

  /** One family of a plan under construction; every setter returns it. */
  static final class Family {
    private final Node owner;
    private final IPFamily family;
    private @Nullable IPAddress address;
    private @Nullable CIDR network;
    private @Nullable IPAddress listenAddress;
    private @Nullable Integer listenPort;
    private int priority = 1024;
    private final List<PrefixCommunities> communities = new ArrayList<>();
    private final List<PoolRoute> pools = new ArrayList<>();
    private final List<BlockRoute> blocks = new ArrayList<>();
    private final List<String> staticRoutes = new ArrayList<>();
    private final List<String> rejectRoutes = new ArrayList<>();
    private final List<ReachableRoute> globalPeerRoutes = new ArrayList<>();
    private final List<ReachableRoute> nodePeerRoutes = new ArrayList<>();
    private final List<IPAddress> wireguardNextHops = new ArrayList<>();
    private final List<Peer> peers = new ArrayList<>();

    private Family(Node owner, IPFamily family) {
      this.owner = owner;
      this.family = family;
    }

    /** Back to the node, to chain on. */
    Node node() {
      return owner;
    }

    /** Enables the family with the node's address, e.g. {@code 10.192.0.2/16}. */
    Family address(String cidr) {
      CIDR parsed = CIDR.parse(cidr);
      address = parsed.address();
      network = parsed.masked();
      return this;
    }

    Family listen(@Nullable String address, @Nullable Integer port) {
      listenAddress = address == null ? null : ip(address);
      listenPort = port;
      return this;
    }

    Family priority(int value) {
      priority = value;
      return this;
    }

    Family community(String cidr, String... values) {
      communities.add(new PrefixCommunities(cidr, List.of(values)));
      return this;
    }

    Family pools(PoolRoute... values) {
      pools.addAll(List.of(values));
      return this;
    }

    Family blocks(List<BlockRoute> values) {
      blocks.addAll(values);
      return this;
    }

    Family staticRoutes(String... values) {
      staticRoutes.addAll(List.of(values));
      return this;
    }

    Family rejectRoutes(String... values) {
      rejectRoutes.addAll(List.of(values));
      return this;
    }

    Family globalPeerRoutes(ReachableRoute... values) {
      globalPeerRoutes.addAll(List.of(values));
      return this;
    }

    Family nodePeerRoutes(ReachableRoute... values) {
      nodePeerRoutes.addAll(List.of(values));
      return this;
    }

    Family wireguardNextHops(String... values) {
      for (String value : values) {
        wireguardNextHops.add(ip(value));
      }
      return this;
    }

    Family peers(Peer... values) {
      peers.addAll(List.of(values));
      return this;
    }

    Family peers(List<Peer> values) {
      peers.addAll(values);
      return this;
    }

    FamilyPlan build() {
      return new FamilyPlan(
          family,
          address,
          network,
          listenAddress,
          listenPort,
          priority,
          communities,
          pools,
          blocks,
          staticRoutes,
          rejectRoutes,
          globalPeerRoutes,
          nodePeerRoutes,
          wireguardNextHops,
          peers);
    }
  }
}
