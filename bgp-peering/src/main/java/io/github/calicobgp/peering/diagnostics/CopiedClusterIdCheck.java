package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.NodePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Nodes meant as clients that carry their reflectors' own {@code routeReflectorClusterID}. A
 * node with a cluster id is a route reflector (confd renders {@code rr client} only towards a
 * peer whose cluster id differs), so such "clients" are reflectors of the same cluster: the
 * design has no client at all. The generic findings (reflectors without clients, reflectors not
 * peered) then point away from the mistake; this one names the copied id and its holders.
 *
 * <p>Detected per cluster id held by three nodes or more of which none has a client: the holders
 * that have a session with every other holder are taken as the intended reflectors, and those
 * that peer with some holders only (as clients do) as the nodes that copied the id.
 */
final class CopiedClusterIdCheck implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    Reflectors reflectors = Reflectors.of(view);
    Map<String, List<String>> holders = new TreeMap<>();
    for (NodePlan reflector : reflectors.reflectors()) {
      holders.computeIfAbsent(reflector.routeReflectorClusterId(), k -> new ArrayList<>())
          .add(reflector.nodeName());
    }
    Map<String, Set<String>> peersOf = new HashMap<>();
    view.establishableBeyondMesh().forEach(session -> {
      String a = session.first().node();
      String b = session.second().node();
      peersOf.computeIfAbsent(a, k -> new HashSet<>()).add(b);
      peersOf.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    });
    holders.forEach((clusterId, nodes) -> {
      if (nodes.size() < 3
          || nodes.stream().anyMatch(n -> !reflectors.clients().get(n).isEmpty())) {
        return;
      }
      List<String> central = new ArrayList<>();
      List<String> copied = new ArrayList<>();
      for (String node : nodes) {
        Set<String> peers = peersOf.getOrDefault(node, Set.of());
        long peeredHolders = nodes.stream().filter(peers::contains).count();
        if (peeredHolders == nodes.size() - 1) {
          central.add(node);
        } else if (peeredHolders > 0) {
          copied.add(node);
        }
      }
      if (central.isEmpty() || copied.isEmpty()) {
        return;
      }
      List<String> named = new ArrayList<>(central);
      named.addAll(copied);
      findings.add(Finding.of(FindingCode.ROUTE_REFLECTOR_CLUSTER_ID_COPIED, (copied.size() == 1
          ? "node " + copied.get(0) + " carries" : "nodes " + Text.list(copied) + " carry")
          + " routeReflectorClusterID " + clusterId + ", the cluster id of route reflector"
          + (central.size() == 1 ? " " : "s ") + Text.list(central) + ": a node with a cluster"
          + " id is a route reflector, so they are reflectors of the same cluster, not clients,"
          + " and no route is reflected to them. Remove routeReflectorClusterID from the nodes"
          + " meant as clients.", named, List.of()));
    });
  }
}
