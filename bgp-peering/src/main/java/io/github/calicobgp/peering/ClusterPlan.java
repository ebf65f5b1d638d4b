package io.github.calicobgp.peering;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plans of every node of a snapshot, sorted by node name. */
public final class ClusterPlan {

  private final ClusterSnapshot snapshot;
  private final Map<String, NodePlan> plans = new LinkedHashMap<>();

  /** The plans of {@code snapshot}'s nodes; they must be sorted by node name. */
  ClusterPlan(ClusterSnapshot snapshot, List<NodePlan> plansByName) {
    this.snapshot = snapshot;
    for (NodePlan plan : plansByName) {
      plans.put(plan.nodeName(), plan);
    }
  }

  /** The snapshot that was planned. */
  public ClusterSnapshot snapshot() {
    return snapshot;
  }

  /** The plan of the node called {@code nodeName}, if it exists. */
  public Optional<NodePlan> node(String nodeName) {
    return Optional.ofNullable(plans.get(nodeName));
  }

  /** Every node's plan, sorted by node name. */
  public Collection<NodePlan> nodes() {
    return List.copyOf(plans.values());
  }

  /** The number of nodes. */
  public int size() {
    return plans.size();
  }

  /** The planned node names, e.g. {@code ClusterPlan[a, b]}. */
  @Override
  public String toString() {
    return "ClusterPlan" + plans.keySet();
  }
}
