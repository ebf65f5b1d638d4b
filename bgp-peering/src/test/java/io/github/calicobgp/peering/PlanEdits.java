package io.github.calicobgp.peering;

import java.util.List;
import java.util.function.UnaryOperator;

/** Edits of engine plans for tests that need a plan the engine does not produce today. */
public final class PlanEdits {
  private PlanEdits() {}

  /** {@code plan} with every peer replaced by {@code edit}'s result. */
  public static ClusterPlan mapPeers(ClusterPlan plan, UnaryOperator<Peer> edit) {
    List<NodePlan> nodes = plan.plansByPosition().stream().map(n -> n == null ? null
        : new NodePlan(n.nodeName(),
        n.asNumber(), n.routerId(), n.logLevel(), n.ignoredInterfaces(),
        n.routeReflectorClusterId(), n.clusterRoutes(), n.serviceLoadBalancerIPs(),
        n.serviceExternalIPs(), n.bgpFilters(), mapPeers(n.ipv4(), edit),
        mapPeers(n.ipv6(), edit))).collect(java.util.stream.Collectors.toList());
    return new ClusterPlan(plan.snapshot(), plan.options(), nodes, plan.shadowedByPosition());
  }

  /** {@code peer}, passive. */
  public static Peer passive(Peer p) {
    return new Peer(p.name(), p.kind(), p.family(), p.address(), p.port(), p.remoteAS(),
        p.localASOverride(), p.localAS(), p.sourceAddress(), p.ttlSecurityHops(), true,
        p.routeReflectorClusterId(), p.password(), p.gracefulRestartSeconds(),
        p.keepaliveSeconds(), p.nextHop(), p.allowLocalAsCount(), p.importFilters(),
        p.exportFilters(), p.reachableBy(), p.bgpPeerName(), p.remoteNodeName());
  }

  private static FamilyPlan mapPeers(FamilyPlan f, UnaryOperator<Peer> edit) {
    return new FamilyPlan(f.family(), f.address(), f.network(), f.listenAddress(),
        f.listenPort(), f.normalRoutePriority(), f.communities(), f.pools(), f.blocks(),
        f.staticRoutes(), f.rejectRoutes(), f.globalPeerRoutes(), f.nodePeerRoutes(),
        f.wireguardNextHops(), f.peers().stream().map(edit).toList());
  }
}
