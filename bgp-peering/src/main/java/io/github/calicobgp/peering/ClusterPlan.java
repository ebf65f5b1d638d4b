package io.github.calicobgp.peering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The plans of every node of a snapshot, sorted by node name. */
public final class ClusterPlan {

  private final ClusterSnapshot snapshot;
  private final PeeringOptions options;
  private final List<NodePlan> plans;
  private final List<ShadowedPeer> shadowed;

  /**
   * The plans of {@code snapshot}'s nodes, one for each of its nodes in its order (sorted by node
   * name), and their shadowed peers.
   */
  ClusterPlan(ClusterSnapshot snapshot, PeeringOptions options, List<NodePlan> plansByName,
      List<ShadowedPeer> shadowed) {
    this.snapshot = snapshot;
    this.options = options;
    // No map by name: a node's plan is at the node's position in the snapshot.
    this.plans = List.copyOf(plansByName);
    this.shadowed = List.copyOf(shadowed);
  }

  /** {@return the snapshot that was planned} */
  public ClusterSnapshot snapshot() {
    return snapshot;
  }

  /**
   * {@return the options the snapshot was planned with (e.g. the namespace of password Secrets)}
   */
  public PeeringOptions options() {
    return options;
  }

  /**
   * {@return the peerings confd drops because another BGPPeer gave the same node a peering with the
   * same key, by node name, then as {@link ShadowedPeer}s are found for each node (IPv4 first)}
   */
  public List<ShadowedPeer> shadowedPeers() {
    return shadowed;
  }

  /**
   * {@return the plan of the node called {@code nodeName}, if it exists}
   *
   * @param nodeName the node's name
   */
  public Optional<NodePlan> node(String nodeName) {
    CalicoNode node = snapshot.findCalicoNode(nodeName);
    return node == null ? Optional.empty() : Optional.of(plans.get(node.position()));
  }

  /** {@return every node's plan, sorted by node name} */
  public Collection<NodePlan> nodes() {
    return plans;
  }

  /** {@return the number of nodes} */
  public int size() {
    return plans.size();
  }

  /** The planned node names, e.g. {@code ClusterPlan[a, b]}. */
  @Override
  public String toString() {
    return "ClusterPlan" + snapshot.nodeNames();
  }
}
