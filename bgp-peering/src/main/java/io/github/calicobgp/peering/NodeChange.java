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
}
