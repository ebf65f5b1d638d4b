package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** What every check needs of one plan, computed once: the session graph and its health. */
final class ClusterView {

  /** The resource that holds the mesh settings. */
  static final String DEFAULT_CONFIGURATION = "BGPConfiguration/default";

  private final ClusterPlan plan;
  private final SessionGraph graph;
  private final Map<Session, Set<FindingCode>> problems = new IdentityHashMap<>();
  private final List<Session> establishable = new ArrayList<>();
  private final Map<String, Set<String>> nodesByBGPPeer = new TreeMap<>();
  private @Nullable Map<String, List<PeerOnNode>> peersByBGPPeer;

  /** A peer of a node's plan, with the node that has it. */
  record PeerOnNode(String node, Peer peer) {}

  ClusterView(ClusterPlan plan) {
    this.plan = plan;
    this.graph = SessionGraph.of(plan);
    for (Session session : graph.nodeToNodeSessions()) {
      Set<FindingCode> found = SessionHealth.problems(session, plan);
      problems.put(session, found);
      if (found.isEmpty()) {
        establishable.add(session);
      }
    }
    for (NodePlan node : plan.nodes()) {
      for (Peer peer : node.peers()) {
        if (peer.bgpPeerName() != null) {
          nodesByBGPPeer.computeIfAbsent(peer.bgpPeerName(), k -> new LinkedHashSet<>())
              .add(node.nodeName());
        }
      }
    }
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
    return plan.node(name).orElseThrow();
  }

  /** The session codes that keep {@code session} from establishing. */
  Set<FindingCode> problems(Session session) {
    return problems.get(session);
  }

  /** The node-to-node sessions that can establish, in graph order. */
  List<Session> establishable() {
    return establishable;
  }

  /** Whether {@code session} can establish. */
  boolean canEstablish(Session session) {
    return problems.get(session).isEmpty();
  }

  /** The nodes with a BGP address in at least one family, by name. */
  List<NodePlan> addressedNodes() {
    return plan.nodes().stream()
        .filter(n -> n.ipv4().enabled() || n.ipv6().enabled()).toList();
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
      for (NodePlan node : plan.nodes()) {
        for (Peer peer : node.peers()) {
          if (peer.bgpPeerName() != null) {
            byName.computeIfAbsent(peer.bgpPeerName(), k -> new ArrayList<>())
                .add(new PeerOnNode(node.nodeName(), peer));
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
    return graph.externalSessions().stream()
        .filter(s -> s.node().equals(node) && s.peer().kind() != PeerKind.LOCAL_WORKLOAD)
        .filter(s -> family == null || s.family() == family)
        .toList();
  }

  /** The node's address in {@code family} as text, or {@code no address}. */
  String address(String node, IPFamily family) {
    IPAddress address = node(node).family(family).address();
    return address == null ? "no address" : address.toString();
  }
}
