package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The route reflectors of a cluster and their clients, counting only sessions that can
 * establish.
 *
 * @param reflectors the route reflectors with a BGP address, by name
 * @param clients each reflector's clients, by name
 * @param reflectorsOf each client's reflectors, by name
 */
record Reflectors(
    List<NodePlan> reflectors, Map<String, Set<String>> clients,
    Map<String, Set<String>> reflectorsOf) {

  /** The reflectors of {@code view}'s cluster. */
  static Reflectors of(ClusterView view) {
    List<NodePlan> reflectors =
        view.addressedNodes().stream().filter(NodePlan::isRouteReflector).toList();
    Map<String, Set<String>> clients = new TreeMap<>();
    Map<String, Set<String>> reflectorsOf = new TreeMap<>();
    for (NodePlan reflector : reflectors) {
      clients.put(reflector.nodeName(), new TreeSet<>());
    }
    for (Session session : view.establishableBeyondMesh()) {
      for (SessionEnd end : List.of(session.first(), session.second())) {
        Peer peer = end.peer();
        if (peer != null && peer.isRouteReflectorClient()) {
          String client = session.first() == end ? session.second().node() : session.first().node();
          clients.get(end.node()).add(client);
          reflectorsOf.computeIfAbsent(client, k -> new TreeSet<>()).add(end.node());
        }
      }
    }
    return new Reflectors(reflectors, clients, reflectorsOf);
  }

  /** Whether {@code a} and {@code b} have a session that can establish. */
  static boolean peered(ClusterView view, String a, String b) {
    return view.establishableBeyondMesh().stream()
        .anyMatch(s -> s.nodes().contains(a) && s.nodes().contains(b));
  }
}
