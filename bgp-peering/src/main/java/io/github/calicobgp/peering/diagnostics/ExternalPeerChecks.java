package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Peers without an AS number, and external routers peered as iBGP. */
final class ExternalPeerChecks implements Check {

  /** The nodes and values one BGPPeer's peers have in common for a finding. */
  private record Group(Set<String> nodes, Set<String> values, Set<String> reflectors) {
    Group() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }
  }

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    Map<String, Group> withoutAS = new LinkedHashMap<>();
    // A mesh peer's AS is its node's own or, without one, the local node's (processMeshPeers,
    // confd/pkg/backends/calico/bgp_processor.go): 0 only when some node is in AS 0. Otherwise
    // the n-1 mesh peers of every node need not be walked.
    boolean meshMayLackAS = view.plan().nodes().stream().anyMatch(n -> n.asNumber().value() == 0);
    for (NodePlan node : view.plan().nodes()) {
      List<Peer> peers = meshMayLackAS ? node.peers() : new ArrayList<>(node.ipv4().nonMeshPeers());
      if (!meshMayLackAS) {
        peers.addAll(node.ipv6().nonMeshPeers());
      }
      for (Peer peer : peers) {
        if (peer.remoteAS().value() == 0) {
          Group group = withoutAS.computeIfAbsent(Text.origin(peer), k -> new Group());
          group.nodes().add(node.nodeName());
          group.values().add(peer.address().toString());
        }
      }
    }
    withoutAS.forEach((origin, group) -> findings.add(Finding.of(FindingCode.PEER_AS_MISSING,
        origin + " gives no asNumber for " + Text.list(group.values()) + ", so confd writes "
            + "'as 0' and BIRD refuses the whole configuration of " + nodes(group.nodes())
            + " (\"Remote AS number must be set\"): " + (group.nodes().size() == 1 ? "it runs"
            : "they run") + " no BGP at all. Set asNumber.",
        List.copyOf(group.nodes()), List.of(origin))));

    Map<List<String>, Group> internal = new LinkedHashMap<>();
    for (ExternalSession session : view.graph().externalSessions()) {
      Peer peer = session.peer();
      if (peer.kind() != PeerKind.LOCAL_WORKLOAD && peer.isInternal()
          && peer.remoteAS().value() != 0) {
        Group group = internal.computeIfAbsent(
            List.of(Text.origin(peer), peer.address().toString()), k -> new Group());
        group.nodes().add(session.node());
        group.values().add(peer.localAS().toString());
        if (peer.isRouteReflectorClient()) {
          group.reflectors().add(session.node());
        }
      }
    }
    internal.forEach((key, group) -> findings.add(Finding.of(FindingCode.IBGP_TO_EXTERNAL_PEER,
        key.get(0) + " peers " + nodes(group.nodes()) + " with " + key.get(1) + ", which is no "
            + "Calico node, in " + (group.nodes().size() == 1 ? "its" : "their") + " own AS ("
            + Text.list(group.values()) + "), so the session is iBGP: " + key.get(1)
            + " passes their routes to its other iBGP peers only if it is a route reflector"
            + (group.reflectors().isEmpty() ? "" : ", and route reflector "
                + Text.list(group.reflectors()) + " treats it as a route-reflector client")
            + ". If " + key.get(1) + " is an external router, set asNumber to its AS.",
        List.copyOf(group.nodes()), List.of(key.get(0)))));
  }

  private static String nodes(Set<String> nodes) {
    return (nodes.size() == 1 ? "node " : "nodes ") + Text.list(nodes);
  }
}
