package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPPeer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BGPPeers whose node-specific records go to one node, each list sorted by BGPPeer name (the
 * order chosen for confd's Go map order within a pass, quirk §13.10).
 */
interface PeerScopeIndex {

  /** Node-scoped BGPPeers whose {@code LocalNodes} include {@code node} (pass 2). */
  List<BGPPeer> forward(CalicoNode node);

  /** BGPPeers whose reverse peerings go to {@code node} (pass 3). */
  List<BGPPeer> reverse(CalicoNode node);

  /** For one node: tests every BGPPeer against it, touching no other node's data. */
  static PeerScopeIndex direct(PlanContext context) {
    BGPPeerScope scope = context.scope();
    return new PeerScopeIndex() {
      @Override
      public List<BGPPeer> forward(CalicoNode node) {
        return context.nodeScopedPeers().stream().filter(p -> scope.selectsLocally(p, node))
            .toList();
      }

      @Override
      public List<BGPPeer> reverse(CalicoNode node) {
        return context.reversingPeers().stream().filter(p -> scope.selectsReverse(p, node))
            .toList();
      }
    };
  }

  /**
   * For every node: each BGPPeer's node list is computed once and inverted, so the cost is the
   * total size of those lists rather than nodes times BGPPeers.
   */
  static PeerScopeIndex inverted(PlanContext context) {
    BGPPeerScope scope = context.scope();
    Map<String, List<BGPPeer>> forward = new HashMap<>();
    for (BGPPeer peer : context.nodeScopedPeers()) {
      for (CalicoNode node : scope.localNodes(peer)) {
        forward.computeIfAbsent(node.name(), k -> new ArrayList<>()).add(peer);
      }
    }
    Map<String, List<BGPPeer>> reverse = new HashMap<>();
    for (BGPPeer peer : context.reversingPeers()) {
      for (CalicoNode node : scope.reverseLocalNodes(peer)) {
        reverse.computeIfAbsent(node.name(), k -> new ArrayList<>()).add(peer);
      }
    }
    return new PeerScopeIndex() {
      @Override
      public List<BGPPeer> forward(CalicoNode node) {
        return forward.getOrDefault(node.name(), List.of());
      }

      @Override
      public List<BGPPeer> reverse(CalicoNode node) {
        return reverse.getOrDefault(node.name(), List.of());
      }
    };
  }
}
