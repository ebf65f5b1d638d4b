package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPPeer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The BGPPeers whose node-specific records go to one node, each list sorted by BGPPeer name (the
 * order chosen for confd's Go map order within a pass: {@code updatePeersV1} ranges
 * over a map).
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
   * total size of those lists rather than nodes times BGPPeers. The lists are by node position,
   * the order in which {@code planAll} walks the nodes.
   */
  static PeerScopeIndex inverted(PlanContext context) {
    BGPPeerScope scope = context.scope();
    int nodes = context.snapshot().positions();
    List<List<BGPPeer>> forward = byPosition(nodes, context.nodeScopedPeers(), scope::localNodes);
    List<List<BGPPeer>> reverse =
        byPosition(nodes, context.reversingPeers(), scope::reverseLocalNodes);
    return new PeerScopeIndex() {
      @Override
      public List<BGPPeer> forward(CalicoNode node) {
        return forward.get(node.position());
      }

      @Override
      public List<BGPPeer> reverse(CalicoNode node) {
        return reverse.get(node.position());
      }
    };
  }

  /** For each node position, the BGPPeers among {@code peers} whose node list has the node. */
  private static List<List<BGPPeer>> byPosition(
      int nodes, List<BGPPeer> peers, Function<BGPPeer, List<CalicoNode>> nodesOf) {
    List<List<BGPPeer>> lists = new ArrayList<>(Collections.nCopies(nodes, List.of()));
    for (BGPPeer peer : peers) {
      for (CalicoNode node : nodesOf.apply(peer)) {
        List<BGPPeer> list = lists.get(node.position());
        if (list.isEmpty()) {
          list = new ArrayList<>(2);
          lists.set(node.position(), list);
        }
        list.add(peer);
      }
    }
    return lists;
  }
}
