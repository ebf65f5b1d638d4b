package io.github.calicobgp.peering;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One end of a node-to-node session.
 *
 * @param node the Calico node at this end
 * @param peer the node's peer for the other end, or null when it has none configured (a
 *     half-open session)
 */
public record SessionEnd(String node, @Nullable Peer peer) {

  /**
   * Checks the node name.
   *
   * @param node the Calico node at this end
   * @param peer the node's peer for the other end, or null when it has none configured (a half-open
   *     session)
   */
  public SessionEnd {
    Objects.requireNonNull(node, "node");
  }

  /** {@return whether this end has a peer configured} */
  public boolean isConfigured() {
    return peer != null;
  }
}
