package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Computes what confd computes for Calico nodes: their peers and every other value that goes into
 * BIRD's configuration ({@code GetBirdBGPConfig} in
 * confd/pkg/backends/calico/bgp_processor.go, and confd/pkg/backends/calico/routes.go), from a
 * {@link ClusterSnapshot}. Stateless and
 * thread-safe; {@link #plan} and {@link #planAll} give identical plans for every node.
 *
 * <p>Where confd's result depends on Go map order ({@code updatePeersV1}
 * ranges over a map), a stable rule is used: BGPPeers are
 * taken in name order within each pass, nodes in name order wherever a list of nodes is walked
 * ({@code nodesMatching}, {@code matchingCalicoNodes}, so {@code M[0]} is the first by name),
 * local workloads in namespace and name order.
 */
public final class PeeringEngine {

  private final PeeringOptions options;

  /**
   * An engine with these options.
   *
   * @param options how router ids, Secrets and overrides are chosen
   */
  public PeeringEngine(PeeringOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** An engine with {@link PeeringOptions#defaults()}. */
  public PeeringEngine() {
    this(PeeringOptions.defaults());
  }

  /** {@return the options this engine applies} */
  public PeeringOptions options() {
    return options;
  }

  /**
   * {@return the plan of one node, without computing any other node's}
   *
   * @param snapshot the cluster
   * @param nodeName the node to plan
   * @throws UnknownNodeException if the snapshot has no valid Node called {@code nodeName}
   */
  public NodePlan plan(ClusterSnapshot snapshot, String nodeName) {
    CalicoNode node = snapshot.calicoNode(nodeName);
    PlanContext context = new PlanContext(snapshot, options);
    return new NodePlanner(context, PeerScopeIndex.direct(context)).plan(node).plan();
  }

  /**
   * {@return the plans of every node, sharing the work that does not depend on the node, with the
   * peerings confd drops because another BGPPeer's have the same key}
   *
   * @param snapshot the cluster
   */
  public ClusterPlan planAll(ClusterSnapshot snapshot) {
    PlanContext context = new PlanContext(snapshot, options);
    NodePlanner planner = new NodePlanner(context, PeerScopeIndex.inverted(context));
    List<NodePlan> plans = new ArrayList<>(Collections.nCopies(snapshot.positions(), null));
    List<List<ShadowedPeer>> shadowed =
        new ArrayList<>(Collections.nCopies(snapshot.positions(), List.of()));
    for (CalicoNode node : snapshot.calicoNodes()) {
      NodePlanner.Planned planned = planner.plan(node);
      plans.set(node.position(), planned.plan());
      shadowed.set(node.position(), planned.shadowed());
    }
    return new ClusterPlan(snapshot, options, plans, shadowed);
  }
}
