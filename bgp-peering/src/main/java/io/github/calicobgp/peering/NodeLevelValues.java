package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Node-level values ({@code processIPPools} and {@code processWireguardPeerFilter},
 * confd/pkg/backends/calico/bgp_processor.go) that are the same for many nodes, computed once per
 * snapshot: the pools of each family and the nodes that run WireGuard.
 */
final class NodeLevelValues {

  /** A node with a WireGuard address and a BGP address in one family. */
  private record WireguardNode(String name, IPAddress address) {}

  private final Map<IPFamily, List<PoolRoute>> pools = new EnumMap<>(IPFamily.class);
  private final Map<IPFamily, List<WireguardNode>> wireguardNodes = new EnumMap<>(IPFamily.class);

  NodeLevelValues(List<CalicoNode> nodesByName, List<IPPool> poolsByName,
      ClusterRoutePolicy policy) {
    for (IPFamily family : IPFamily.values()) {
      pools.put(family, PoolRoutes.of(poolsByName, policy, family));
      List<WireguardNode> nodes = new ArrayList<>();
      for (CalicoNode node : nodesByName) {
        IPAddress address = node.address(family);
        if (address != null && node.hasWireguard(family)) {
          nodes.add(new WireguardNode(node.name(), address));
        }
      }
      nodes.sort(Comparator.comparing(n -> n.address().toString()));
      wireguardNodes.put(family, List.copyOf(nodes));
    }
  }

  /** The pools of {@code family} ({@code processIPPools}). */
  List<PoolRoute> pools(IPFamily family) {
    return pools.get(family);
  }

  /**
   * The BGP addresses of the other nodes running WireGuard in {@code family}, sorted by text,
   * when {@code node} runs WireGuard in it; else none ({@code processWireguardPeerFilter}).
   */
  List<IPAddress> wireguardNextHops(CalicoNode node, IPFamily family) {
    if (!node.hasWireguard(family)) {
      return List.of();
    }
    List<IPAddress> hops = new ArrayList<>();
    for (WireguardNode other : wireguardNodes.get(family)) {
      if (!other.name().equals(node.name())) {
        hops.add(other.address());
      }
    }
    return hops;
  }
}
