package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Graph questions about a {@link SessionGraph}, counting only sessions configured on both ends. */
final class SessionGraphs {

  private SessionGraphs() {}

  /** The node pairs, each in name order, that have a session in at least one family. */
  static Set<List<String>> connectedPairs(SessionGraph graph) {
    Set<List<String>> pairs = new HashSet<>();
    for (Session session : graph.nodeToNodeSessions()) {
      if (!session.isHalfOpen()) {
        pairs.add(session.nodes());
      }
    }
    return pairs;
  }

  /** The pair {@code a}, {@code b} in name order. */
  static List<String> pair(String a, String b) {
    return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
  }

  /** The connected groups of nodes, each sorted, in the order of their first node. */
  static List<Set<String>> components(SessionGraph graph) {
    Map<String, String> parent = new HashMap<>();
    graph.sessionCounts().keySet().forEach(node -> parent.put(node, node));
    for (List<String> pair : connectedPairs(graph)) {
      parent.put(root(parent, pair.get(0)), root(parent, pair.get(1)));
    }
    Map<String, Set<String>> groups = new TreeMap<>();
    for (String node : parent.keySet()) {
      groups.computeIfAbsent(root(parent, node), r -> new TreeSet<>()).add(node);
    }
    List<Set<String>> result = new ArrayList<>(groups.values());
    result.sort((x, y) -> x.iterator().next().compareTo(y.iterator().next()));
    return result;
  }

  private static String root(Map<String, String> parent, String node) {
    String current = node;
    while (!parent.get(current).equals(current)) {
      current = parent.get(current);
    }
    return current;
  }
}
