package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Sessions between a route reflector and a node meant as its client that are eBGP. */
final class ReflectorAsChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    Set<List<String>> reported = new HashSet<>();
    for (NodePlan reflector : Reflectors.of(view).reflectors()) {
      eBGPAmongClients(view, reflector, findings, reported);
    }
    Map<List<String>, Finding> toReflectors = new LinkedHashMap<>();
    // A session between two mesh peers never has a route reflector at an end.
    for (Session session : view.sessionsBeyondHealthyMesh()) {
      if (session.isHalfOpen()
          || view.problems(session).contains(FindingCode.SESSION_AS_MISMATCH)) {
        continue;
      }
      SessionEnd reflector = reflectorEnd(view, session);
      if (reflector == null) {
        continue;
      }
      String node = session.first() == reflector ? session.second().node() : session.first().node();
      Peer peer = reflector.peer();
      List<String> pair = List.of(reflector.node(), node);
      if (peer != null && !peer.isInternal() && !reported.contains(pair)) {
        List<String> resources = SessionChecks.resources(session);
        toReflectors.putIfAbsent(pair, Finding.of(FindingCode.EBGP_TO_ROUTE_REFLECTOR, "node "
            + node + " (AS " + peer.remoteAS() + ") peers with route reflector " + reflector.node()
            + " (AS " + peer.localAS() + ") over eBGP (" + Text.list(resources) + "), so "
            + reflector.node() + " does not treat it as a route-reflector client. If " + node
            + " is meant as one, put it in AS " + peer.localAS() + ".",
            List.of(node, reflector.node()), resources));
      }
    }
    findings.addAll(toReflectors.values());
  }

  /** BGPPeers that give {@code reflector} clients and also eBGP peers at Calico nodes. */
  private static void eBGPAmongClients(ClusterView view, NodePlan reflector,
      List<Finding> findings, Set<List<String>> reported) {
    Map<String, List<Peer>> byBGPPeer = new LinkedHashMap<>();
    // A route reflector has no mesh peers.
    for (Peer peer : reflector.peers()) {
      if (peer.remoteNodeName() != null && peer.bgpPeerName() != null) {
        byBGPPeer.computeIfAbsent(peer.bgpPeerName(), k -> new ArrayList<>()).add(peer);
      }
    }
    byBGPPeer.forEach((name, peers) -> {
      List<String> clients = peers.stream().filter(Peer::isRouteReflectorClient)
          .map(Peer::remoteNodeName).distinct().toList();
      List<Peer> external = peers.stream().filter(p -> !p.isInternal()
          && !view.node(p.remoteNodeName()).isRouteReflector()).toList();
      if (clients.isEmpty() || external.isEmpty()) {
        return;
      }
      List<String> nodes = new ArrayList<>(List.of(reflector.nodeName()));
      List<String> described = new ArrayList<>();
      for (Peer peer : external) {
        if (!nodes.contains(peer.remoteNodeName())) {
          nodes.add(peer.remoteNodeName());
          described.add(peer.remoteNodeName() + " (AS " + peer.remoteAS() + ")");
          reported.add(List.of(reflector.nodeName(), peer.remoteNodeName()));
        }
      }
      findings.add(Finding.of(FindingCode.EBGP_ROUTE_REFLECTOR_CLIENT, "route reflector "
          + reflector.nodeName() + " (AS " + reflector.asNumber() + ") peers through "
          + Text.bgpPeer(name) + " with " + Text.list(described) + " as with its clients "
          + Text.list(clients) + ", but in another AS: those sessions are eBGP, so "
          + reflector.nodeName() + " reflects no routes to or from them as clients. Put them in AS "
          + reflector.asNumber() + ", or peer them through another BGPPeer.",
          nodes, List.of(Text.bgpPeer(name))));
    });
  }

  /** The end at a route reflector when the other end is not one, else null. */
  private static @Nullable SessionEnd reflectorEnd(
      ClusterView view, Session session) {
    boolean first = view.node(session.first().node()).isRouteReflector();
    boolean second = view.node(session.second().node()).isRouteReflector();
    if (first == second) {
      return null;
    }
    return first ? session.first() : session.second();
  }
}
