package io.github.calicobgp.peering;

import java.util.Objects;

/**
 * A peering confd drops for a node because another BGPPeer's peering already has its key: the same
 * family, address and port, ports 0 and 179 counting as one ({@code updatePeersV1}'s {@code emit},
 * confd/pkg/backends/calico/client.go; which one wins depends on Go map order). Both are given as
 * the peers confd would render for the node.
 *
 * @param node the node
 * @param kept the peer confd renders
 * @param dropped the peer the other BGPPeer would have given, which confd drops
 * @param rule the rule by which {@code kept} wins
 */
public record ShadowedPeer(String node, Peer kept, Peer dropped, Rule rule) {

  /**
   * Checks the components.
   *
   * @param node the node
   * @param kept the peer confd renders
   * @param dropped the peer the other BGPPeer would have given, which confd drops
   * @param rule the rule by which {@code kept} wins
   */
  public ShadowedPeer {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(kept, "kept");
    Objects.requireNonNull(dropped, "dropped");
    Objects.requireNonNull(rule, "rule");
  }

  /** Why confd keeps one peering and drops the other. */
  public enum Rule {
    /**
     * Both come from the same pass, where confd takes BGPPeers in Go map order: either may win
     * in a real cluster. This engine keeps the first BGPPeer by name.
     */
    SAME_PASS,
    /** A global BGPPeer's peering hides node-specific ones with the same key. */
    GLOBAL_FIRST,
    /** A BGPPeer that selects this node beats another's implied reverse peering. */
    FORWARD_FIRST
  }
}
