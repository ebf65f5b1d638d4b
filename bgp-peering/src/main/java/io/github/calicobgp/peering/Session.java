package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import java.util.Objects;

/**
 * A BGP session between two Calico nodes, an unordered pair stored with the node names in order.
 *
 * @param family the IP family
 * @param first the end whose node name sorts first
 * @param second the other end
 */
public record Session(IPFamily family, SessionEnd first, SessionEnd second) implements BGPSession {

  /**
   * Checks that the ends are distinct nodes in name order.
   *
   * @param family the IP family
   * @param first the end whose node name sorts first
   * @param second the other end
   */
  public Session {
    Objects.requireNonNull(family, "family");
    if (first.node().compareTo(second.node()) >= 0) {
      throw new IllegalArgumentException(
          "session ends must be distinct nodes in name order: " + first.node() + ", "
              + second.node());
    }
  }

  /** {@return whether only one end has a peer configured for the other} */
  public boolean isHalfOpen() {
    return !first.isConfigured() || !second.isConfigured();
  }

  /**
   * {@return the end at {@code node}; fails if the node takes no part}
   *
   * @param node the name of a node at one end
   */
  public SessionEnd end(String node) {
    if (first.node().equals(node)) {
      return first;
    }
    if (second.node().equals(node)) {
      return second;
    }
    throw new IllegalArgumentException(node + " is not an end of " + this);
  }

  @Override
  public List<String> nodes() {
    return List.of(first.node(), second.node());
  }
}
