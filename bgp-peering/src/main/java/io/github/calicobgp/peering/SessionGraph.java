package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The BGP sessions of a cluster, from every node's plan: node-to-node sessions as unordered pairs
 * and sessions to other addresses.
 *
 * <p>A peer of node A belongs to a session with node B when B owns the peer's address in its
 * family ({@link Peer#remoteNodeName()}). A's peers toward B are matched with B's peers toward A,
 * per family. When a side has several (a mesh peer and a BGPPeer's, or two ports), both sides'
 * lists are ordered mesh peers first, then by port (none counting as 179), then by name, and
 * paired in that order; a peer left without a partner makes a half-open session.
 */
public final class SessionGraph {

  private static final Comparator<Peer> PAIRING_ORDER =
      Comparator.comparing((Peer p) -> p.kind() != PeerKind.MESH)
          .thenComparing(p -> p.port() == null ? 179 : p.port())
          .thenComparing(Peer::name);

  private final List<Session> nodeToNode;
  private final List<ExternalSession> external;
  private final Map<String, List<BGPSession>> byNode = new TreeMap<>();

  private SessionGraph(List<Session> nodeToNode, List<ExternalSession> external, List<String> nodes) {
    this.nodeToNode = List.copyOf(nodeToNode);
    this.external = List.copyOf(external);
    for (String node : nodes) {
      byNode.put(node, new ArrayList<>());
    }
    for (Session session : nodeToNode) {
      byNode.get(session.first().node()).add(session);
      byNode.get(session.second().node()).add(session);
    }
    for (ExternalSession session : external) {
      byNode.get(session.node()).add(session);
    }
    byNode.replaceAll((node, sessions) -> List.copyOf(sessions));
  }

  /**
   * {@return the session graph of every node of {@code plan}}
   *
   * @param plan the cluster's plan
   */
  public static SessionGraph of(ClusterPlan plan) {
    Map<PairKey, Sides> pairs = new TreeMap<>();
    List<ExternalSession> external = new ArrayList<>();
    List<String> nodes = new ArrayList<>();
    for (NodePlan node : plan.nodes()) {
      nodes.add(node.nodeName());
      for (IPFamily family : IPFamily.values()) {
        for (Peer peer : node.family(family).peers()) {
          String remote = peer.remoteNodeName();
          if (remote == null) {
            external.add(new ExternalSession(node.nodeName(), peer));
            continue;
          }
          boolean first = node.nodeName().compareTo(remote) < 0;
          PairKey key = first
              ? new PairKey(node.nodeName(), remote, family)
              : new PairKey(remote, node.nodeName(), family);
          Sides sides = pairs.computeIfAbsent(key, k -> new Sides());
          (first ? sides.first : sides.second).add(peer);
        }
      }
    }
    List<Session> sessions = new ArrayList<>();
    pairs.forEach((key, sides) -> sides.pair(key, sessions));
    return new SessionGraph(sessions, external, nodes);
  }

  /**
   * {@return every session: node-to-node ones first (by node pair and family), then external ones}
   */
  public List<BGPSession> sessions() {
    List<BGPSession> all = new ArrayList<>(nodeToNode.size() + external.size());
    all.addAll(nodeToNode);
    all.addAll(external);
    return all;
  }

  /** {@return the sessions between two Calico nodes, by node pair, then family} */
  public List<Session> nodeToNodeSessions() {
    return nodeToNode;
  }

  /** {@return the sessions to addresses of no Calico node, by node, then family and peer name} */
  public List<ExternalSession> externalSessions() {
    return external;
  }

  /** {@return the node-to-node sessions where one end has no peer configured} */
  public List<Session> halfOpenSessions() {
    return nodeToNode.stream().filter(Session::isHalfOpen).toList();
  }

  /**
   * {@return the sessions {@code node} takes part in (none for an unknown node)}
   *
   * @param node the node's name
   */
  public List<BGPSession> sessionsOf(String node) {
    return byNode.getOrDefault(node, List.of());
  }

  /** {@return the number of sessions of each node, half-open ones included, by node name} */
  public Map<String, Integer> sessionCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    byNode.forEach((node, sessions) -> counts.put(node, sessions.size()));
    return counts;
  }

  /** Two nodes (in name order) and a family. */
  private record PairKey(String first, String second, IPFamily family)
      implements Comparable<PairKey> {
    private static final Comparator<PairKey> ORDER = Comparator.comparing(PairKey::first)
        .thenComparing(PairKey::second).thenComparing(PairKey::family);

    @Override
    public int compareTo(PairKey other) {
      return ORDER.compare(this, other);
    }
  }

  /** The peers each end of a node pair has toward the other. */
  private static final class Sides {
    private final List<Peer> first = new ArrayList<>();
    private final List<Peer> second = new ArrayList<>();

    void pair(PairKey key, List<Session> sessions) {
      first.sort(PAIRING_ORDER);
      second.sort(PAIRING_ORDER);
      for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
        sessions.add(new Session(key.family(),
            new SessionEnd(key.first(), i < first.size() ? first.get(i) : null),
            new SessionEnd(key.second(), i < second.size() ? second.get(i) : null)));
      }
    }
  }
}
