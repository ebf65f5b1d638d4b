package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Peer;
import java.util.Collection;
import java.util.List;

/** How findings name things: families, lists of nodes, resources. */
final class Text {
  private Text() {}

  /** The most names a list shows before it says how many more there are. */
  private static final int SHOWN = 10;

  /** {@code IPv4} or {@code IPv6}. */
  static String family(IPFamily family) {
    return "IPv" + family.version();
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}, or the first ten and how many more. */
  static String list(Collection<String> items) {
    List<String> all = List.copyOf(items);
    if (all.size() > SHOWN) {
      return String.join(", ", all.subList(0, SHOWN)) + " and " + (all.size() - SHOWN) + " more";
    }
    if (all.size() <= 1) {
      return String.join("", all);
    }
    return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
  }

  /** {@code BGPPeer/name}. */
  static String bgpPeer(String name) {
    return "BGPPeer/" + name;
  }

  /** The resource a peer comes from: its BGPPeer, or the default BGPConfiguration for the mesh. */
  static String resourceOf(Peer peer) {
    return peer.bgpPeerName() == null ? ClusterView.DEFAULT_CONFIGURATION
        : bgpPeer(peer.bgpPeerName());
  }

  /** Where a peer comes from, for a sentence: {@code BGPPeer/x} or {@code the mesh}. */
  static String origin(Peer peer) {
    return peer.bgpPeerName() == null ? "the mesh" : bgpPeer(peer.bgpPeerName());
  }
}
