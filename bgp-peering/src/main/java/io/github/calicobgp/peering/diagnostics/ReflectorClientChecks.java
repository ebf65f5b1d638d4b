package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Route reflectors without clients, and clients with a single route reflector. */
final class ReflectorClientChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    Reflectors reflectors = Reflectors.of(view);
    for (NodePlan reflector : reflectors.reflectors()) {
      if (reflectors.clients().get(reflector.nodeName()).isEmpty()) {
        int sessions = view.graph().sessionsOf(reflector.nodeName()).size();
        findings.add(Finding.of(FindingCode.ROUTE_REFLECTOR_WITHOUT_CLIENTS, "route reflector "
            + reflector.nodeName() + " (cluster id " + reflector.routeReflectorClusterId()
            + ") has no client session that can establish, so it reflects no routes"
            + (sessions == 0 ? "; it has no BGP session at all." : ".")
            + " Peer the nodes meant as its clients with it through a BGPPeer.",
            List.of(reflector.nodeName()), List.of()));
      }
    }
    singleReflector(view, reflectors).forEach((reflector, clients) -> {
      List<String> nodes = new ArrayList<>();
      nodes.add(reflector);
      nodes.addAll(clients);
      findings.add(Finding.of(FindingCode.SINGLE_ROUTE_REFLECTOR, (clients.size() == 1
          ? "node " + clients.get(0) + " reaches" : "nodes " + Text.list(clients) + " reach")
          + " the other nodes only through route reflector " + reflector + ": when it fails or "
          + "restarts, they lose every route learned from another node. Peer them with a second "
          + "route reflector.", nodes, List.of()));
    });
  }

  /** The clients with one reflector and no mesh session, by that reflector. */
  private static Map<String, List<String>> singleReflector(
      ClusterView view, Reflectors reflectors) {
    Map<String, List<String>> result = new TreeMap<>();
    reflectors.reflectorsOf().forEach((client, theirs) -> {
      if (theirs.size() == 1 && !view.node(client).isRouteReflector() && !view.isMeshed(client)) {
        result.computeIfAbsent(theirs.iterator().next(), k -> new ArrayList<>()).add(client);
      }
    });
    return result;
  }
}
