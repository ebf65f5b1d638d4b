package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What confd derives for one node in one IP family ({@code GetBirdBGPConfig},
 * confd/pkg/backends/calico/bgp_processor.go; confd/pkg/backends/calico/routes.go). A family is
 * disabled when the node has no address in it; its peers are then empty.
 *
 * @param family the IP family
 * @param address the node's address in this family, or null when the family is disabled
 * @param network the node's subnet (its address masked by its prefix length), when it has one
 * @param listenAddress the address BIRD listens on, when {@code bindMode} is {@code NodeIP}
 * @param listenPort the BGP listen port, when not the default
 * @param normalRoutePriority the kernel metric of normal routes ({@code ipvXNormalRoutePriority})
 * @param communities the prefix advertisements, in the order of the BGPConfiguration; prefixes with
 *     an empty cidr or without a usable community are left out
 * @param pools the IP pools of this family, one per network, sorted by CIDR text
 * @param blocks the node's IPAM blocks of this family, in confd's order
 * @param staticRoutes the service routes to advertise, in confd's order
 * @param rejectRoutes the service ranges not to program into the kernel, in confd's order
 * @param globalPeerRoutes reachableBy routes of global BGPPeers, in confd's order
 * @param nodePeerRoutes reachableBy routes of this node's BGPPeers, in confd's order
 * @param wireguardNextHops addresses of other nodes whose routes Felix handles over WireGuard
 *     (empty unless this node has a WireGuard address in this family), in confd's order
 * @param peers the peers, sorted by name
 */
public record FamilyPlan(
    IPFamily family,
    @Nullable IPAddress address,
    @Nullable CIDR network,
    @Nullable IPAddress listenAddress,
    @Nullable Integer listenPort,
    int normalRoutePriority,
    List<PrefixCommunities> communities,
    List<PoolRoute> pools,
    List<BlockRoute> blocks,
    List<String> staticRoutes,
    List<String> rejectRoutes,
    List<ReachableRoute> globalPeerRoutes,
    List<ReachableRoute> nodePeerRoutes,
    List<IPAddress> wireguardNextHops,
    List<Peer> peers) {

  /**
   * Copies the lists.
   *
   * @param family the IP family
   * @param address the node's address in this family, or null when the family is disabled
   * @param network the node's subnet (its address masked by its prefix length), when it has one
   * @param listenAddress the address BIRD listens on, when {@code bindMode} is {@code NodeIP}
   * @param listenPort the BGP listen port, when not the default
   * @param normalRoutePriority the kernel metric of normal routes ({@code ipvXNormalRoutePriority})
   * @param communities the prefix advertisements, in the order of the BGPConfiguration; prefixes
   *     with an empty cidr or without a usable community are left out
   * @param pools the IP pools of this family, one per network, sorted by CIDR text
   * @param blocks the node's IPAM blocks of this family, in confd's order
   * @param staticRoutes the service routes to advertise, in confd's order
   * @param rejectRoutes the service ranges not to program into the kernel, in confd's order
   * @param globalPeerRoutes reachableBy routes of global BGPPeers, in confd's order
   * @param nodePeerRoutes reachableBy routes of this node's BGPPeers, in confd's order
   * @param wireguardNextHops addresses of other nodes whose routes Felix handles over WireGuard
   *     (empty unless this node has a WireGuard address in this family), in confd's order
   * @param peers the peers, sorted by name
   */
  public FamilyPlan {
    communities = List.copyOf(communities);
    pools = List.copyOf(pools);
    blocks = List.copyOf(blocks);
    staticRoutes = List.copyOf(staticRoutes);
    rejectRoutes = List.copyOf(rejectRoutes);
    globalPeerRoutes = List.copyOf(globalPeerRoutes);
    nodePeerRoutes = List.copyOf(nodePeerRoutes);
    wireguardNextHops = List.copyOf(wireguardNextHops);
    // A node's mesh peers are made when read (PlannedPeers, immutable): not copied.
    peers = peers instanceof PlannedPeers ? peers : List.copyOf(peers);
  }

  /** {@return whether the node has an address in this family (otherwise BIRD runs no BGP in it)} */
  public boolean enabled() {
    return address != null;
  }

  /**
   * {@return the peers other than node-to-node mesh peers (those of BGPPeers and local
   * workloads), sorted by name; without walking the mesh peers, which a large mesh makes on
   * demand}
   */
  public List<Peer> nonMeshPeers() {
    if (peers instanceof PlannedPeers planned) {
      return planned.others();
    }
    return peers.stream().filter(p -> p.kind() != PeerKind.MESH).toList();
  }

  /** {@return how many of the peers are node-to-node mesh peers} */
  public int meshPeerCount() {
    return peers.size() - nonMeshPeers().size();
  }
}
