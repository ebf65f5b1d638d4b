package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The plans of every node of a snapshot, sorted by node name. */
public final class ClusterPlan {

  private final ClusterSnapshot snapshot;
  private final PeeringOptions options;
  /** Each node's plan at the node's position in the snapshot (null where no node is). */
  private final List<@Nullable NodePlan> plans;
  /** Each node's shadowed peers at the node's position. */
  private final List<List<ShadowedPeer>> shadowedByPosition;
  private volatile @Nullable List<NodePlan> sorted;
  private volatile @Nullable List<ShadowedPeer> shadowed;

  /**
   * The plans of {@code snapshot}'s nodes and their shadowed peers, each at its node's position
   * in the snapshot (null where no node is).
   */
  ClusterPlan(ClusterSnapshot snapshot, PeeringOptions options,
      List<@Nullable NodePlan> plansByPosition, List<List<ShadowedPeer>> shadowedByPosition) {
    this.snapshot = snapshot;
    this.options = options;
    // No map by name: a node's plan is at the node's position in the snapshot.
    this.plans = Collections.unmodifiableList(plansByPosition);
    this.shadowedByPosition = Collections.unmodifiableList(shadowedByPosition);
  }

  /** The plans by node position, shared with a plan derived from this one. */
  List<@Nullable NodePlan> plansByPosition() {
    return plans;
  }

  /** The shadowed peers by node position. */
  List<List<ShadowedPeer>> shadowedByPosition() {
    return shadowedByPosition;
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
    List<ShadowedPeer> all = shadowed;
    if (all == null) {
      List<ShadowedPeer> list = new ArrayList<>();
      for (CalicoNode node : snapshot.calicoNodes()) {
        list.addAll(shadowedByPosition.get(node.position()));
      }
      all = List.copyOf(list);
      shadowed = all;
    }
    return all;
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
    List<NodePlan> all = sorted;
    if (all == null) {
      List<NodePlan> list = new ArrayList<>(snapshot.calicoNodes().size());
      for (CalicoNode node : snapshot.calicoNodes()) {
        list.add(plans.get(node.position()));
      }
      all = Collections.unmodifiableList(list);
      sorted = all;
    }
    return all;
  }

  /** {@return the number of nodes} */
  public int size() {
    return snapshot.calicoNodes().size();
  }

  /** The planned node names, e.g. {@code ClusterPlan[a, b]}. */
  @Override
  public String toString() {
    return "ClusterPlan" + snapshot.nodeNames();
  }
}
