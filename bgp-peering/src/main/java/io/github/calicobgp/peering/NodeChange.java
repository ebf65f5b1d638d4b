package io.github.calicobgp.peering;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one node's plan changed in a batch of events.
 *
 * @param nodeName the node
 * @param before its plan before, or null when the node was not planned then
 * @param after its plan after, or null when the node is no longer planned
 */
public record NodeChange(String nodeName, @Nullable NodePlan before, @Nullable NodePlan after) {

  /**
   * Checks the name.
   *
   * @param nodeName the node
   * @param before its plan before, or null when the node was not planned then
   * @param after its plan after, or null when the node is no longer planned
   */
  public NodeChange {
    Objects.requireNonNull(nodeName, "nodeName");
  }

  /**
   * The complete, typed difference between the two plans, computed on each call (it compares
   * only peers that are not equal, so its cost is that of the change, not of the plans).
   *
   * @return every value of the plan that changed
   * @throws IllegalStateException if the change carries neither plan
   */
  public NodePlanDiff difference() {
    if (before == null && after == null) {
      throw new IllegalStateException(nodeName + " has no plan before nor after");
    }
    return NodePlanDiff.between(before, after);
  }
}
