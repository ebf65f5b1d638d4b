package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What one batch of events changed: the plans before and after, and every node whose plan
 * changed (appeared, disappeared or differs), sorted by node name, with its typed difference
 * ({@link #differences()}) and the peerings added, removed and changed ({@link #peerings()}).
 *
 * @param before the plans before the batch
 * @param after the plans after it
 * @param nodes the nodes whose plan changed, sorted by name
 */
public record ChangeSet(ClusterPlan before, ClusterPlan after, List<NodeChange> nodes) {

  /**
   * Copies the list.
   *
   * @param after the plans after it
   * @param before the plans before the batch
   * @param nodes the nodes whose plan changed, sorted by name
   */
  public ChangeSet {
    nodes = List.copyOf(nodes);
  }

  /** The changes from {@code before} to {@code after}, comparing every node's plan. */
  static ChangeSet between(ClusterPlan before, ClusterPlan after) {
    TreeSet<String> names = new TreeSet<>(before.snapshot().nodeNames());
    names.addAll(after.snapshot().nodeNames());
    List<NodeChange> changes = new ArrayList<>();
    for (String name : names) {
      NodePlan old = before.node(name).orElse(null);
      NodePlan now = after.node(name).orElse(null);
      if (old == null ? now != null : !old.equals(now)) {
        changes.add(new NodeChange(name, old, now));
      }
    }
    return new ChangeSet(before, after, changes);
  }

  /**
   * The changes from {@code before} to {@code after} among the nodes named {@code candidates}:
   * the caller knows that no other node's plan differs.
   */
  static ChangeSet of(ClusterPlan before, ClusterPlan after, Collection<String> candidates) {
    TreeSet<String> names = new TreeSet<>(candidates);
    List<NodeChange> changes = new ArrayList<>();
    for (String name : names) {
      NodePlan old = before.node(name).orElse(null);
      NodePlan now = after.node(name).orElse(null);
      if (old == null ? now != null : !old.equals(now)) {
        changes.add(new NodeChange(name, old, now));
      }
    }
    return new ChangeSet(before, after, changes);
  }

  /**
   * The complete, typed difference of every changed node, in node order (computed on each call).
   *
   * @return one difference per changed node
   */
  public List<NodePlanDiff> differences() {
    return nodes.stream().map(NodeChange::difference).toList();
  }

  /**
   * Every peering added, removed or changed, cluster-wide, as the changed nodes see them: one
   * entry per peer of a node (a session between two Calico nodes is a peer on each of its ends,
   * so it appears once per end whose peer changed); by node name, and for each node the removed
   * peers, the added ones, then the changed ones, each IPv4 first and by peer name.
   *
   * @return the peerings that changed
   */
  public List<PeeringChange> peerings() {
    List<PeeringChange> result = new ArrayList<>();
    for (NodeChange change : nodes) {
      NodePlanDiff diff = change.difference();
      diff.peersRemoved().forEach(p -> result.add(new PeeringChange(change.nodeName(), p, null)));
      diff.peersAdded().forEach(p -> result.add(new PeeringChange(change.nodeName(), null, p)));
      diff.peersChanged().forEach(p ->
          result.add(new PeeringChange(change.nodeName(), p.before(), p.after())));
    }
    return result;
  }

  /**
   * One peer of a node added, removed or changed.
   *
   * @param nodeName the node
   * @param before the peer before, null when it is added
   * @param after the peer after, null when it is removed
   */
  public record PeeringChange(String nodeName, @Nullable Peer before, @Nullable Peer after) {
    /** {@return whether the peer is new} */
    public boolean added() {
      return before == null;
    }

    /** {@return whether the peer is gone} */
    public boolean removed() {
      return after == null;
    }
  }

  /** {@return whether nothing changed} */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * {@return the change of node {@code nodeName}, if its plan changed}
   *
   * @param nodeName the node
   */
  public Optional<NodeChange> node(String nodeName) {
    return nodes.stream().filter(change -> change.nodeName().equals(nodeName)).findFirst();
  }
}
