package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import java.util.Objects;

/**
 * A session from a Calico node to an address no Calico node has (a ToR, an external router, a
 * local workload).
 *
 * @param node the Calico node
 * @param peer its peer
 */
public record ExternalSession(String node, Peer peer) implements BGPSession {

  /**
   * Checks the components.
   *
   * @param node the Calico node
   * @param peer its peer
   */
  public ExternalSession {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(peer, "peer");
  }

  @Override
  public IPFamily family() {
    return peer.family();
  }

  @Override
  public List<String> nodes() {
    return List.of(node);
  }
}
