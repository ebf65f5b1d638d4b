package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one batch of events changed: the plans before and after, and every node whose plan
 * changed (appeared, disappeared or differs), sorted by node name.
 *
 * @param before the plans before the batch
 * @param after the plans after it
 * @param nodes the nodes whose plan changed, sorted by name
 */
public record ChangeSet(ClusterPlan before, ClusterPlan after, List<NodeChange> nodes) {

  /**
   * Copies the list.
   *
   * @param before the plans before the batch
   * @param after the plans after it
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

  /** {@return whether nothing changed} */
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * {@return the change of node {@code nodeName}, if its plan changed}
   *
   * @param nodeName the node's name
   */
  public Optional<NodeChange> node(String nodeName) {
    return nodes.stream().filter(change -> change.nodeName().equals(nodeName)).findFirst();
  }
}
