package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;

/** Computes one node's plan from a context and a way to find its BGPPeers. */
final class NodePlanner {

  /** A node's plan and the peerings confd drops for it. */
  record Planned(NodePlan plan, List<ShadowedPeer> shadowed) {}

  private final PlanContext context;
  private final PeerScopeIndex index;

  NodePlanner(PlanContext context, PeerScopeIndex index) {
    this.context = context;
    this.index = index;
  }

  /** The plan of {@code node}. */
  Planned plan(CalicoNode node) {
    ClusterSettings settings = context.settings();
    ASNumber nodeAS = node.asNumber() == null ? settings.globalAS() : node.asNumber();
    LocalWorkloads workloads = LocalWorkloads.of(context, node);
    RecordPasses passes = context.passes();
    KeySpace global = passes.global(workloads);
    KeySpace own = passes.nodeSpecific(node, global, index, workloads);
    NodePlan plan = new NodePlan(
        node.name(),
        nodeAS,
        context.options().routerId().routerIdFor(node.name(), node.address(IPFamily.V4)),
        settings.logLevel(node.name()),
        settings.ignoredInterfaces(),
        node.isRouteReflector() ? node.routeReflectorClusterId() : null,
        settings.clusterRoutePolicy(),
        settings.serviceLoadBalancerIPs(),
        settings.serviceExternalIPs(),
        context.snapshot().bgpFilters(),
        FamilyPlanner.plan(context, node, nodeAS, IPFamily.V4, global, own),
        FamilyPlanner.plan(context, node, nodeAS, IPFamily.V6, global, own));
    return new Planned(plan, ShadowedPeers.of(context, node, nodeAS, global, own));
  }
}
