package io.github.calicobgp.peering.diff;

import java.util.Objects;

/**
 * A node that loses every session it had (half-open ones aside) when the new revision is applied
 * in one step: until its new sessions establish, if it has any, it exchanges no routes.
 *
 * @param node the node
 * @param lost how many sessions it loses
 * @param gained how many new sessions it gets
 */
public record NodeDisruption(String node, int lost, int gained) {

  /**
   * Checks the components.
   *
   * @param node the node
   * @param lost how many sessions it loses
   * @param gained how many new sessions it gets
   */
  public NodeDisruption {
    Objects.requireNonNull(node, "node");
  }

  /**
   * What happens and what to do, for people.
   *
   * @return the message, e.g. naming the node and the sessions to add first
   */
  public String message() {
    String loses = "node " + node
        + (lost == 1 ? " loses its only session" : " loses all its " + lost + " sessions");
    if (gained == 0) {
      return loses + " and gets none: it exchanges no routes afterwards.";
    }
    return loses + " before its " + gained + " new " + (gained == 1 ? "one establishes" : "ones "
        + "establish") + ": apply the new peerings first, then remove the old ones.";
  }
}
