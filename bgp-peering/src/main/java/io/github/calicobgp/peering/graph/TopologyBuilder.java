package io.github.calicobgp.peering.graph;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.peering.graph.Topology.Edge;
import io.github.calicobgp.peering.graph.Topology.Group;
import io.github.calicobgp.peering.graph.Topology.GroupKind;
import io.github.calicobgp.peering.graph.Topology.SessionKind;
import io.github.calicobgp.peering.graph.Topology.Vertex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the {@link Topology} of a plan from its session graph. */
final class TopologyBuilder {

  /** The ends, kind and state that make one edge. */
  private record EdgeKey(Vertex from, Vertex to, SessionKind kind, boolean halfOpen) {}

  private final Map<String, Vertex> nodes = new HashMap<>();
  private final Map<EdgeKey, Set<IPFamily>> edges = new LinkedHashMap<>();
  private final Set<IPFamily> families = EnumSet.noneOf(IPFamily.class);

  private TopologyBuilder() {}

  static Topology build(ClusterPlan plan) {
    return new TopologyBuilder().topology(plan);
  }

  private Topology topology(ClusterPlan plan) {
    SessionGraph graph = SessionGraph.of(plan);
    List<Group> groups = new ArrayList<>(nodeGroups(plan));
    Map<IPAddress, Set<ASNumber>> routers = new TreeMap<>();
    Map<IPAddress, Set<ASNumber>> workloads = new TreeMap<>();
    for (ExternalSession session : graph.externalSessions()) {
      Peer peer = session.peer();
      (peer.kind() == PeerKind.LOCAL_WORKLOAD ? workloads : routers)
          .computeIfAbsent(peer.address(), k -> new TreeSet<>()).add(peer.remoteAS());
    }
    Map<IPAddress, Vertex> routerVertices = externalVertices(routers, "");
    Map<IPAddress, Vertex> workloadVertices = externalVertices(workloads, "workload ");
    addGroup(groups, GroupKind.EXTERNAL_PEERS, "External peers", routerVertices);
    addGroup(groups, GroupKind.LOCAL_WORKLOADS, "Local workloads", workloadVertices);
    for (BGPSession session : graph.sessions()) {
      families.add(session.family());
      if (session instanceof Session s) {
        addNodeToNode(s);
      } else if (session instanceof ExternalSession e) {
        Map<IPAddress, Vertex> vertices =
            e.peer().kind() == PeerKind.LOCAL_WORKLOAD ? workloadVertices : routerVertices;
        addEdge(nodes.get(e.node()), vertices.get(e.peer().address()), kind(e.peer()), false,
            e.family());
      }
    }
    List<Edge> result = new ArrayList<>();
    edges.forEach((key, edgeFamilies) -> result.add(new Edge(
        key.from(), key.to(), key.kind(), key.halfOpen(), label(key, edgeFamilies))));
    return new Topology(groups, result);
  }

  private List<Group> nodeGroups(ClusterPlan plan) {
    Map<String, List<Vertex>> reflectors = new TreeMap<>();
    List<Vertex> others = new ArrayList<>();
    for (NodePlan node : plan.nodes()) {
      List<String> lines = new ArrayList<>();
      lines.add(node.nodeName());
      for (IPFamily family : IPFamily.values()) {
        if (node.family(family).enabled()) {
          lines.add(String.valueOf(node.family(family).address()));
        }
      }
      lines.add("AS " + node.asNumber());
      Vertex vertex = new Vertex(node.nodeName(), lines);
      nodes.put(node.nodeName(), vertex);
      if (node.isRouteReflector()) {
        reflectors.computeIfAbsent(node.routeReflectorClusterId(), k -> new ArrayList<>())
            .add(vertex);
      } else {
        others.add(vertex);
      }
    }
    List<Group> groups = new ArrayList<>();
    reflectors.forEach((clusterId, vertices) -> groups.add(new Group(GroupKind.ROUTE_REFLECTORS,
        "Route reflectors (cluster id " + clusterId + ")", vertices)));
    if (!others.isEmpty()) {
      groups.add(new Group(GroupKind.NODES, "Calico nodes", others));
    }
    return groups;
  }

  private static Map<IPAddress, Vertex> externalVertices(
      Map<IPAddress, Set<ASNumber>> speakers, String prefix) {
    Map<IPAddress, Vertex> vertices = new LinkedHashMap<>();
    speakers.forEach((address, asNumbers) -> vertices.put(address, new Vertex(address.toString(),
        List.of(prefix + address, "AS " + asNumbers.stream().map(ASNumber::toString)
            .collect(Collectors.joining(", "))))));
    return vertices;
  }

  private static void addGroup(
      List<Group> groups, GroupKind kind, String title, Map<IPAddress, Vertex> vertices) {
    if (!vertices.isEmpty()) {
      groups.add(new Group(kind, title, List.copyOf(vertices.values())));
    }
  }

  private void addNodeToNode(Session session) {
    Peer first = session.first().peer();
    Peer second = session.second().peer();
    Vertex a = nodes.get(session.first().node());
    Vertex b = nodes.get(session.second().node());
    if (second != null && second.isRouteReflectorClient()
        && (first == null || !first.isRouteReflectorClient())) {
      addEdge(b, a, SessionKind.ROUTE_REFLECTION, session.isHalfOpen(), session.family());
    } else {
      Peer configured = first != null ? first : Objects.requireNonNull(second);
      addEdge(a, b, kind(configured), session.isHalfOpen(), session.family());
    }
  }

  private void addEdge(
      Vertex from, Vertex to, SessionKind kind, boolean halfOpen, IPFamily family) {
    edges.computeIfAbsent(new EdgeKey(from, to, kind, halfOpen),
        k -> EnumSet.noneOf(IPFamily.class)).add(family);
  }

  private static SessionKind kind(Peer peer) {
    if (peer.isRouteReflectorClient()) {
      return SessionKind.ROUTE_REFLECTION;
    }
    return peer.isInternal() ? SessionKind.IBGP : SessionKind.EBGP;
  }

  private String label(EdgeKey key, Set<IPFamily> edgeFamilies) {
    String kind = switch (key.kind()) {
      case IBGP -> "iBGP";
      case EBGP -> "eBGP";
      case ROUTE_REFLECTION -> "RR";
    };
    String label = key.halfOpen() ? "half-open " + kind : kind;
    if (!edgeFamilies.equals(families)) {
      label += " " + edgeFamilies.stream().map(f -> "IPv" + f.version())
          .collect(Collectors.joining(", "));
    }
    return label;
  }
}
