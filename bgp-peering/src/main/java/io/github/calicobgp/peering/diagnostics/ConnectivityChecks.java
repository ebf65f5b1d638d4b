package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.NodePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Nodes with no session that can establish, and clusters split into parts. */
final class ConnectivityChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    List<NodePlan> nodes = view.addressedNodes();
    if (nodes.size() < 2) {
      return;
    }
    Set<String> isolated = new TreeSet<>();
    for (NodePlan node : nodes) {
      if (!connected(view, node.nodeName())) {
        isolated.add(node.nodeName());
        findings.add(Finding.of(FindingCode.NODE_ISOLATED, "node " + node.nodeName() + " ("
            + addresses(node) + ") has no BGP session that can establish, so it exchanges no "
            + "routes: " + whyIsolated(view, node), List.of(node.nodeName()), List.of()));
      }
    }
    if (view.graph().nodeToNodeSessions().isEmpty()) {
      return;
    }
    for (IPFamily family : IPFamily.values()) {
      partition(view, family, isolated).ifPresent(findings::add);
    }
  }

  private static boolean connected(ClusterView view, String node) {
    return view.hasEstablishableSession(node) || !view.routerSessions(node, null).isEmpty();
  }

  private static String whyIsolated(ClusterView view, NodePlan node) {
    List<BGPSession> sessions = view.graph().sessionsOf(node.nodeName());
    if (!sessions.isEmpty()) {
      Set<String> others = new TreeSet<>();
      for (BGPSession session : sessions) {
        others.addAll(session.nodes());
      }
      others.remove(node.nodeName());
      return sessions.size() == 1
          ? "its only session (with " + Text.list(others) + ") cannot establish."
          : "none of its " + sessions.size() + " sessions (with " + Text.list(others)
              + ") can establish.";
    }
    if (node.isRouteReflector()) {
      return "it is a route reflector (cluster id " + node.routeReflectorClusterId()
          + "), which is never in the node-to-node mesh, and no BGPPeer peers with it.";
    }
    if (!view.meshEnabled()) {
      return "the node-to-node mesh is disabled and no BGPPeer peers with it.";
    }
    return "no other node has a BGP address in its families and no BGPPeer peers with it.";
  }

  private static Optional<Finding> partition(
      ClusterView view, IPFamily family, Set<String> isolated) {
    List<String> members = view.addressedNodes().stream()
        .filter(n -> n.family(family).enabled() && !isolated.contains(n.nodeName()))
        .map(NodePlan::nodeName).toList();
    List<List<String>> parts = view.components(family, members);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    boolean viaRouters = parts.stream().allMatch(part -> part.stream()
        .anyMatch(node -> !view.routerSessions(node, family).isEmpty()));
    String message = "the " + Text.family(family) + " sessions between nodes split the cluster "
        + "into " + parts.size() + " parts that share no session: " + describe(parts) + ". "
        + (viaRouters
            ? "Every part has external peers, so the parts exchange routes only if those routers "
                + "pass them on."
            : "Nodes of different parts never learn each other's routes.");
    List<String> nodes = parts.stream().flatMap(List::stream).toList();
    return Optional.of(new Finding(FindingCode.CLUSTER_PARTITIONED,
        viaRouters ? Severity.INFO : Severity.ERROR, message, nodes, List.of()));
  }

  private static String describe(List<List<String>> parts) {
    List<String> texts = new ArrayList<>();
    for (List<String> part : parts) {
      texts.add("{" + Text.list(part) + "}");
    }
    return Text.list(texts);
  }

  private static String addresses(NodePlan node) {
    return List.of(node.ipv4(), node.ipv6()).stream()
        .filter(FamilyPlan::enabled).map(f -> String.valueOf(f.address()))
        .collect(Collectors.joining(", "));
  }
}
