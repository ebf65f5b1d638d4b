package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.value.IPFamily;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a value of a plan came from, worked out when a value is refused rather than carried by
 * every value: the rules are the planner's own (a mesh peer's AS is the remote node's, else this
 * node's; a selector peer's address is the selected node's; a BGPPeer's timers are its own), so
 * they live beside it, and planning allocates nothing for them.
 */
public final class Origins {

  private static final String DEFAULT = "default";

  private Origins() {}

  /**
   * The resource and field that {@code field} of {@code peer} (or of node {@code nodeName} when
   * {@code peer} is null) came from in {@code snapshot}.
   *
   * @param snapshot the cluster the plan was made from
   * @param nodeName the node whose plan holds the value
   * @param peer the peer that holds the value, or null for a value of the node
   * @param field which value
   * @return its origin, or empty when no resource holds it (e.g. a router id given as an option)
   */
  public static Optional<Origin> of(
      ClusterSnapshot snapshot, String nodeName, @Nullable Peer peer, PlanField field) {
    return Optional.ofNullable(find(snapshot, nodeName, peer, field));
  }

  private static @Nullable Origin find(
      ClusterSnapshot snapshot, String nodeName, @Nullable Peer peer, PlanField field) {
    BGPPeer bgpPeer = peer == null || peer.bgpPeerName() == null ? null
        : snapshot.bgpPeers().stream()
            .filter(b -> b.metadata().nameOrEmpty().equals(peer.bgpPeerName()))
            .findFirst().orElse(null);
    boolean selected = bgpPeer != null && !BGPPeerScope.isEmpty(bgpPeer.spec().peerSelector());
    // The remote node of a mesh peer or of a node a BGPPeer's peerSelector selects.
    String remote = peer != null && (bgpPeer == null || selected) ? peer.remoteNodeName() : null;
    return switch (field) {
      case PEER_ADDRESS, PEER_NAME -> remote != null
          ? node(remote, peer.family() == IPFamily.V4 ? "spec.bgp.ipv4Address"
              : "spec.bgp.ipv6Address")
          : bgpPeer(bgpPeer, "spec.peerIP");
      case PEER_AS_NUMBER -> {
        if (bgpPeer != null && !selected) {
          yield bgpPeer(bgpPeer, "spec.asNumber");
        }
        // confd's mesh: without its own AS the remote node is assumed in this node's AS.
        yield remote != null && nodeAs(snapshot, remote) ? node(remote, "spec.bgp.asNumber")
            : bgpPeer == null ? localAs(snapshot, nodeName) : globalAs(snapshot);
      }
      case LOCAL_AS_NUMBER -> peer != null && peer.localASOverride() != null
          ? bgpPeer(bgpPeer, "spec.localASNumber") : localAs(snapshot, nodeName);
      case GRACEFUL_RESTART_TIME -> bgpPeer != null ? bgpPeer(bgpPeer, "spec.maxRestartTime")
          : config(snapshot, "spec.nodeMeshMaxRestartTime");
      case KEEPALIVE_TIME -> bgpPeer(bgpPeer, "spec.keepaliveTime");
      case ROUTE_REFLECTOR_CLUSTER_ID -> node(nodeName, "spec.bgp.routeReflectorClusterID");
      case ROUTER_ID -> node(nodeName, "spec.bgp.ipv4Address");
      case IPV4_NORMAL_ROUTE_PRIORITY -> config(snapshot, "spec.ipv4NormalRoutePriority");
      case IPV6_NORMAL_ROUTE_PRIORITY -> config(snapshot, "spec.ipv6NormalRoutePriority");
    };
  }

  /**
   * Where item {@code index} of a plan's {@code ignoredInterfaces} came from: the cluster's
   * default BGPConfiguration, the only one confd reads it from.
   *
   * @param index the item's index in {@link NodePlan#ignoredInterfaces()}
   * @return the field of the default BGPConfiguration
   */
  public static Origin ignoredInterface(int index) {
    return new Origin(new ResourceKey(ResourceKind.BGP_CONFIGURATION, "", DEFAULT),
        "spec.ignoredInterfaces[" + index + "]");
  }

  private static boolean nodeAs(ClusterSnapshot snapshot, String nodeName) {
    NodeSpec.BGP bgp = snapshot.node(nodeName).map(n -> n.spec().bgp()).orElse(null);
    return bgp != null && bgp.asNumber() != null;
  }

  /** This node's AS: its own, else the cluster's. */
  private static @Nullable Origin localAs(ClusterSnapshot snapshot, String nodeName) {
    return nodeAs(snapshot, nodeName) ? node(nodeName, "spec.bgp.asNumber") : globalAs(snapshot);
  }

  private static @Nullable Origin globalAs(ClusterSnapshot snapshot) {
    return config(snapshot, "spec.asNumber");
  }

  private static @Nullable Origin config(ClusterSnapshot snapshot, String field) {
    Optional<BGPConfiguration> config = snapshot.defaultConfiguration();
    return config.isEmpty() ? null
        : new Origin(new ResourceKey(ResourceKind.BGP_CONFIGURATION, "", DEFAULT), field);
  }

  private static Origin node(String nodeName, String field) {
    return new Origin(new ResourceKey(ResourceKind.NODE, "", nodeName), field);
  }

  private static @Nullable Origin bgpPeer(@Nullable BGPPeer peer, String field) {
    return peer == null ? null : new Origin(ResourceKey.of(peer), field);
  }
}
