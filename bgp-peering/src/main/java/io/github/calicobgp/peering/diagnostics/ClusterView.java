package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What every check needs of one plan, computed once: the session graph and its health.
 *
 * <p>A mesh of n nodes has n(n-1)/2 sessions, so the node-to-node sessions are walked once, as
 * the graph makes them, and only what the checks need is kept: every session with a problem, the
 * sessions that are not mesh sessions (both ends a mesh peer), and per node and family what the
 * healthy mesh sessions add up to (which nodes can establish a session, which are connected, which
 * are in the mesh). A healthy mesh session never involves a route reflector (confd gives
 * reflectors no mesh, {@code processMeshPeers}, confd/pkg/backends/calico/bgp_processor.go), so
 * the reflector checks lose nothing by seeing only the other sessions.
 */
final class ClusterView {

  /** The resource that holds the mesh settings. */
  static final String DEFAULT_CONFIGURATION = "BGPConfiguration/default";

  private final ClusterPlan plan;
  private final SessionGraph graph;
  private final Map<String, NodePlan> plansByName = new HashMap<>();
  private final Map<String, Integer> indexes = new HashMap<>();
  private final Map<Session, Set<FindingCode>> problems = new IdentityHashMap<>();
  private final List<Session> kept = new ArrayList<>();
  private final List<Session> establishable = new ArrayList<>();
  private final boolean[] connected;
  private final boolean[] meshed;
  private final int[][] components = new int[IPFamily.values().length][];
  private final Map<IPFamily, Integer> meshSessions = new TreeMap<>();
  private final Map<String, Set<String>> nodesByBGPPeer = new TreeMap<>();
  private final Map<String, List<ExternalSession>> externalByNode = new HashMap<>();
  private @Nullable Map<String, List<PeerOnNode>> peersByBGPPeer;

  /** A peer of a node's plan, with the node that has it. */
  record PeerOnNode(String node, Peer peer) {}

  ClusterView(ClusterPlan plan) {
    this.plan = plan;
    this.graph = SessionGraph.of(plan);
    int n = 0;
    for (NodePlan node : plan.nodes()) {
      plansByName.put(node.nodeName(), node);
      indexes.put(node.nodeName(), n++);
    }
    connected = new boolean[n];
    meshed = new boolean[n];
    for (IPFamily family : IPFamily.values()) {
      int[] parents = new int[n];
      for (int i = 0; i < n; i++) {
        parents[i] = i;
      }
      components[family.ordinal()] = parents;
    }
    if (meshClassesHealthy()) {
      // Every mesh session between two classes was found healthy by one of them: the mesh adds
      // only what healthy sessions add, class by class, and the other sessions are walked.
      for (Session session : graph.sessionsOutsideMesh()) {
        visit(session);
      }
      for (IPFamily family : IPFamily.values()) {
        addHealthyMesh(family, graph.meshClasses(family));
      }
    } else {
      for (Session session : graph.nodeToNodeSessions()) {
        visit(session);
      }
    }
    for (NodePlan node : plan.nodes()) {
      for (FamilyPlan family : List.of(node.ipv4(), node.ipv6())) {
        // Mesh peers come from no BGPPeer: only the others are read.
        for (Peer peer : family.nonMeshPeers()) {
          if (peer.bgpPeerName() != null) {
            nodesByBGPPeer.computeIfAbsent(peer.bgpPeerName(), k -> new LinkedHashSet<>())
                .add(node.nodeName());
          }
        }
      }
    }
    for (ExternalSession session : graph.externalSessions()) {
      externalByNode.computeIfAbsent(session.node(), k -> new ArrayList<>()).add(session);
    }
  }

  /** Whether a mesh session between every two classes of the mesh (or within one) is healthy. */
  private boolean meshClassesHealthy() {
    for (IPFamily family : IPFamily.values()) {
      List<List<String>> classes = graph.meshClasses(family);
      for (int i = 0; i < classes.size(); i++) {
        for (int j = i; j < classes.size(); j++) {
          List<String> p = classes.get(i);
          List<String> q = classes.get(j);
          if (i == j && p.size() < 2) {
            continue;
          }
          Session sample = graph.meshSession(family, p.get(0), i == j ? p.get(1) : q.get(0))
              .orElseThrow();
          if (!SessionHealth.problems(sample, this::listenPort).isEmpty()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** What the mesh sessions of healthy {@code classes} add: as {@link #visit} of each. */
  private void addHealthyMesh(IPFamily family, List<List<String>> classes) {
    int members = classes.stream().mapToInt(List::size).sum();
    if (members < 2) {
      return;
    }
    // Every clique session has mesh peers at both ends, so the first end's is a mesh peer.
    meshSessions.merge(family, Math.toIntExact((long) members * (members - 1) / 2), Integer::sum);
    int[] parents = components[family.ordinal()];
    int anchor = indexes.get(classes.get(0).get(0));
    for (List<String> members1 : classes) {
      for (String member : members1) {
        int index = indexes.get(member);
        connected[index] = true;
        meshed[index] = true;
        int rootA = root(parents, index);
        int rootB = root(parents, anchor);
        if (rootA != rootB) {
          parents[rootA] = rootB;
        }
      }
    }
  }

  private void visit(Session session) {
    Set<FindingCode> found = SessionHealth.problems(session, this::listenPort);
    Peer first = session.first().peer();
    Peer second = session.second().peer();
    if (first != null && first.kind() == PeerKind.MESH) {
      meshSessions.merge(session.family(), 1, Integer::sum);
    }
    boolean mesh = first != null && second != null
        && first.kind() == PeerKind.MESH && second.kind() == PeerKind.MESH;
    if (!mesh || !found.isEmpty()) {
      kept.add(session);
      problems.put(session, found);
    }
    if (!found.isEmpty()) {
      return;
    }
    if (!mesh) {
      establishable.add(session);
    }
    int a = indexes.get(session.first().node());
    int b = indexes.get(session.second().node());
    connected[a] = true;
    connected[b] = true;
    if (first != null && first.kind() == PeerKind.MESH) {
      meshed[a] = true;
      meshed[b] = true;
    }
    int[] parents = components[session.family().ordinal()];
    int rootA = root(parents, a);
    int rootB = root(parents, b);
    if (rootA != rootB) {
      parents[rootA] = rootB;
    }
  }

  private static int root(int[] parents, int node) {
    int current = node;
    while (parents[current] != current) {
      parents[current] = parents[parents[current]];
      current = parents[current];
    }
    return current;
  }

  ClusterPlan plan() {
    return plan;
  }

  ClusterSnapshot snapshot() {
    return plan.snapshot();
  }

  SessionGraph graph() {
    return graph;
  }

  /** The plan of a node of the cluster. */
  NodePlan node(String name) {
    NodePlan node = plansByName.get(name);
    if (node == null) {
      throw new IllegalArgumentException("no node " + name);
    }
    return node;
  }

  /** The port {@code node} listens on in {@code family}. */
  int listenPort(String node, IPFamily family) {
    Integer port = node(node).family(family).listenPort();
    return port == null ? 179 : port;
  }

  /**
   * The node-to-node sessions other than healthy mesh sessions, in graph order: every session
   * with a problem, and every session with an end that is not a mesh peer.
   */
  List<Session> sessionsBeyondHealthyMesh() {
    return kept;
  }

  /** The session codes that keep {@code session}, one of {@link #sessionsBeyondHealthyMesh}, from establishing. */
  Set<FindingCode> problems(Session session) {
    Set<FindingCode> found = problems.get(session);
    if (found == null) {
      throw new IllegalArgumentException("not a kept session: " + session);
    }
    return found;
  }

  /** The node-to-node sessions that can establish, in graph order, but mesh sessions. */
  List<Session> establishableBeyondMesh() {
    return establishable;
  }

  /** Whether {@code node} has a node-to-node session that can establish. */
  boolean hasEstablishableSession(String node) {
    return connected[indexes.get(node)];
  }

  /** The nodes with a mesh session that can establish (as its first end's peer is a mesh peer). */
  boolean isMeshed(String node) {
    Integer index = indexes.get(node);
    return index != null && meshed[index];
  }

  /** The number of node-to-node sessions whose first end is a mesh peer, by family. */
  Map<IPFamily, Integer> meshSessionCounts() {
    return meshSessions;
  }

  /**
   * The parts of {@code members} that the {@code family} sessions which can establish connect:
   * each in the order of {@code members}, ordered by their first member.
   */
  List<List<String>> components(IPFamily family, List<String> members) {
    int[] parents = components[family.ordinal()];
    Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
    for (String member : members) {
      byRoot.computeIfAbsent(root(parents, indexes.get(member)), k -> new ArrayList<>())
          .add(member);
    }
    return byRoot.values().stream().map(List::copyOf).toList();
  }

  /** The nodes with a BGP address in at least one family, by name. */
  List<NodePlan> addressedNodes() {
    return plan.nodes().stream()
        .filter(n -> n.ipv4().enabled() || n.ipv6().enabled()).toList();
  }

  /** Whether {@code node} has mesh peers in any family. */
  static boolean hasMeshPeers(NodePlan node) {
    return node.ipv4().meshPeerCount() > 0 || node.ipv6().meshPeerCount() > 0;
  }

  /** Whether the node-to-node mesh is on (the default). */
  boolean meshEnabled() {
    return snapshot().defaultConfiguration()
        .map(c -> !Boolean.FALSE.equals(c.spec().nodeToNodeMeshEnabled())).orElse(true);
  }

  /** The BGPPeer called {@code name}, if any. */
  Optional<BGPPeer> bgpPeer(String name) {
    return snapshot().bgpPeers().stream()
        .filter(p -> name.equals(p.metadata().nameOrEmpty())).findFirst();
  }

  /** The nodes that have a peer from BGPPeer {@code name}, by name. */
  List<String> nodesUsing(String name) {
    return List.copyOf(nodesByBGPPeer.getOrDefault(name, Set.of()));
  }

  /**
   * The peers that BGPPeer {@code name} gives the nodes (those that won confd's {@code emit}), by
   * node name, then in each node's peer order.
   */
  List<PeerOnNode> peersFrom(String name) {
    if (peersByBGPPeer == null) {
      // Built on first use only: few clusters have a BGPPeer that needs it.
      Map<String, List<PeerOnNode>> byName = new TreeMap<>();
      // Mesh peers come from no BGPPeer, so the mesh is not walked (it is made on demand).
      for (NodePlan node : plan.nodes()) {
        for (IPFamily family : IPFamily.values()) {
          for (Peer peer : node.family(family).nonMeshPeers()) {
            if (peer.bgpPeerName() != null) {
              byName.computeIfAbsent(peer.bgpPeerName(), k -> new ArrayList<>())
                  .add(new PeerOnNode(node.nodeName(), peer));
            }
          }
        }
      }
      peersByBGPPeer = byName;
    }
    return peersByBGPPeer.getOrDefault(name, List.of());
  }

  /**
   * The external sessions of {@code node} (in {@code family}, or in any when null) that connect
   * it to the network: those to routers, not to local workloads.
   */
  List<ExternalSession> routerSessions(String node, @Nullable IPFamily family) {
    return externalByNode.getOrDefault(node, List.of()).stream()
        .filter(s -> s.peer().kind() != PeerKind.LOCAL_WORKLOAD)
        .filter(s -> family == null || s.family() == family)
        .toList();
  }

  /** The node's address in {@code family} as text, or {@code no address}. */
  String address(String node, IPFamily family) {
    IPAddress address = node(node).family(family).address();
    return address == null ? "no address" : address.toString();
  }
}
