package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Whether route reflectors peer with each other, within a cluster id and across them. */
final class ReflectorPeeringChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    List<NodePlan> reflectors = Reflectors.of(view).reflectors();
    for (int i = 0; i < reflectors.size(); i++) {
      for (int j = i + 1; j < reflectors.size(); j++) {
        NodePlan a = reflectors.get(i);
        NodePlan b = reflectors.get(j);
        if (Objects.equals(a.routeReflectorClusterId(), b.routeReflectorClusterId())
            && !Reflectors.peered(view, a.nodeName(), b.nodeName())) {
          findings.add(Finding.of(FindingCode.ROUTE_REFLECTORS_NOT_PEERED, "route reflectors "
              + a.nodeName() + " and " + b.nodeName() + " (cluster id "
              + a.routeReflectorClusterId() + ") have no session with each other that can "
              + "establish: neither learns the other's own routes, because their clients do not "
              + "pass reflected routes on. Peer the route reflectors with each other.",
              List.of(a.nodeName(), b.nodeName()), List.of()));
        }
      }
    }
    disconnectedClusters(view, reflectors).ifPresent(findings::add);
  }

  private static Optional<Finding> disconnectedClusters(
      ClusterView view, List<NodePlan> reflectors) {
    Map<String, String> clusterOf = new LinkedHashMap<>();
    Set<String> clusterIds = new TreeSet<>();
    for (NodePlan reflector : reflectors) {
      clusterOf.put(reflector.nodeName(), reflector.routeReflectorClusterId());
      clusterIds.add(reflector.routeReflectorClusterId());
    }
    Components components = new Components(clusterIds);
    for (Session session : view.establishableBeyondMesh()) {
      String a = clusterOf.get(session.first().node());
      String b = clusterOf.get(session.second().node());
      if (a != null && b != null) {
        components.join(a, b);
      }
    }
    List<List<String>> groups = components.groups();
    if (groups.size() < 2) {
      return Optional.empty();
    }
    Map<Set<Integer>, List<String>> nodesByGroups = attachments(view, clusterOf, groups);
    List<Set<Integer>> sets = new ArrayList<>(nodesByGroups.keySet());
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        if (Collections.disjoint(sets.get(i), sets.get(j))) {
          return Optional.of(finding(
              groups, clusterOf, nodesByGroups.get(sets.get(i)), nodesByGroups.get(sets.get(j))));
        }
      }
    }
    return Optional.empty();
  }

  /** The nodes served by each set of groups: a reflector by its own, a client by its RRs'. */
  private static Map<Set<Integer>, List<String>> attachments(
      ClusterView view, Map<String, String> clusterOf, List<List<String>> groups) {
    Map<String, Set<String>> reflectorsOf = Reflectors.of(view).reflectorsOf();
    Map<Set<Integer>, List<String>> result = new LinkedHashMap<>();
    for (NodePlan node : view.addressedNodes()) {
      Set<String> served = node.isRouteReflector()
          ? Set.of(node.nodeName()) : reflectorsOf.getOrDefault(node.nodeName(), Set.of());
      Set<Integer> indexes = new TreeSet<>();
      for (String reflector : served) {
        for (int g = 0; g < groups.size(); g++) {
          if (groups.get(g).contains(clusterOf.get(reflector))) {
            indexes.add(g);
          }
        }
      }
      if (!indexes.isEmpty()) {
        result.computeIfAbsent(indexes, k -> new ArrayList<>()).add(node.nodeName());
      }
    }
    return result;
  }

  private static Finding finding(List<List<String>> groups, Map<String, String> clusterOf,
      List<String> oneSide, List<String> otherSide) {
    List<String> texts = new ArrayList<>();
    List<String> nodes = new ArrayList<>();
    for (List<String> group : groups) {
      List<String> members = clusterOf.entrySet().stream()
          .filter(e -> group.contains(e.getValue())).map(Map.Entry::getKey).toList();
      nodes.addAll(members);
      texts.add("{cluster id " + Text.list(group) + ": " + Text.list(members) + "}");
    }
    String message = "the route reflectors form " + groups.size() + " groups that share no "
        + "session: " + Text.list(texts) + ". Nodes served by one group only (" + Text.list(oneSide)
        + ") never learn the routes of nodes served by another only (" + Text.list(otherSide)
        + "). Peer route reflectors of different cluster ids with each other.";
    return Finding.of(FindingCode.ROUTE_REFLECTOR_CLUSTERS_DISCONNECTED, message, nodes, List.of());
  }
}
