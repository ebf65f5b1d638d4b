package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The BGP sessions of a cluster, from every node's plan: node-to-node sessions as unordered pairs
 * and sessions to other addresses.
 *
 * <p>A peer of node A belongs to a session with node B when B owns the peer's address in its
 * family ({@link Peer#remoteNodeName()}). A's peers toward B are matched with B's peers toward A,
 * per family. When a side has several (a mesh peer and a BGPPeer's, or two ports), both sides'
 * lists are ordered mesh peers first, then by port (none counting as 179), then by name, and
 * paired in that order; a peer left without a partner makes a half-open session.
 *
 * <p>The node-to-node mesh is held as its members, not as its n(n-1)/2 sessions: in a family, the
 * nodes whose plan has a mesh made from the cluster's shared candidates, and whose address no
 * other node has, are a clique in which every pair has exactly one mesh peer on each side: one
 * session, made when it is read. Every other peer (BGPPeers', local workloads', and the mesh peers
 * toward or from a node that shares its address) is paired as above. So the graph holds memory in
 * proportion to the nodes and the sessions other than the mesh's; the lists of node-to-node
 * sessions are views that make the mesh's sessions as they are iterated, in order.
 */
public final class SessionGraph {

  private static final Comparator<Peer> PAIRING_ORDER =
      Comparator.comparing((Peer p) -> p.kind() != PeerKind.MESH)
          .thenComparing(p -> p.port() == null ? 179 : p.port())
          .thenComparing(Peer::name);

  /** Every node, by name. */
  private final List<String> nodes;
  /** The sessions of peers outside the mesh cliques, by node pair and family. */
  private final Map<PairKey, List<Session>> paired;
  /** Those pairs by each of their two nodes, ordered by the other node, then family. */
  private final Map<String, List<PairKey>> pairsByNode = new HashMap<>();
  /** Those pairs by their first node, in order. */
  private final Map<String, List<PairKey>> pairsByFirst = new HashMap<>();
  private final List<Session> halfOpen = new ArrayList<>();
  private final int pairedCount;
  private final List<ExternalSession> external;
  private final Map<String, List<ExternalSession>> externalByNode = new HashMap<>();
  /** The mesh clique of each family ({@link IPFamily#ordinal()}); empty when there is none. */
  private final Clique[] cliques;
  private final Map<String, Integer> counts = new TreeMap<>();

  private SessionGraph(List<String> nodes, Map<PairKey, List<Session>> paired,
      List<ExternalSession> external, Clique[] cliques) {
    this.nodes = nodes;
    this.paired = paired;
    this.external = List.copyOf(external);
    this.cliques = cliques;
    int total = 0;
    for (String node : nodes) {
      counts.put(node, 0);
    }
    for (Map.Entry<PairKey, List<Session>> entry : paired.entrySet()) {
      PairKey key = entry.getKey();
      pairsByNode.computeIfAbsent(key.first(), k -> new ArrayList<>()).add(key);
      pairsByNode.computeIfAbsent(key.second(), k -> new ArrayList<>()).add(key);
      pairsByFirst.computeIfAbsent(key.first(), k -> new ArrayList<>()).add(key);
      int size = entry.getValue().size();
      total += size;
      counts.merge(key.first(), size, Integer::sum);
      counts.merge(key.second(), size, Integer::sum);
      for (Session session : entry.getValue()) {
        if (session.isHalfOpen()) {
          halfOpen.add(session);
        }
      }
    }
    // Each node's pairs by the other node, then family: the nodes before it come first (as the
    // first end), then those after it, so that this is also the order of the whole graph.
    pairsByNode.forEach((node, keys) -> keys.sort(
        Comparator.comparing((PairKey k) -> k.other(node)).thenComparing(PairKey::family)));
    this.pairedCount = total;
    for (ExternalSession session : this.external) {
      externalByNode.computeIfAbsent(session.node(), k -> new ArrayList<>()).add(session);
      counts.merge(session.node(), 1, Integer::sum);
    }
    for (Clique clique : cliques) {
      for (String member : clique.names) {
        counts.merge(member, clique.size() - 1, Integer::sum);
      }
    }
  }

  /**
   * {@return the session graph of every node of {@code plan}}
   *
   * @param plan the cluster's plan
   */
  public static SessionGraph of(ClusterPlan plan) {
    List<NodePlan> plans = new ArrayList<>(plan.nodes());
    plans.sort(Comparator.comparing(NodePlan::nodeName));
    Clique[] cliques = new Clique[IPFamily.values().length];
    for (IPFamily family : IPFamily.values()) {
      cliques[family.ordinal()] = Clique.of(plans, family);
    }
    Map<PairKey, Sides> pairs = new TreeMap<>();
    List<ExternalSession> external = new ArrayList<>();
    List<String> nodes = new ArrayList<>(plans.size());
    for (NodePlan node : plans) {
      nodes.add(node.nodeName());
      for (IPFamily family : IPFamily.values()) {
        for (Peer peer : cliques[family.ordinal()].unpairedPeers(node, family)) {
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
    Map<PairKey, List<Session>> paired = new TreeMap<>();
    pairs.forEach((key, sides) -> paired.put(key, sides.pair(key)));
    return new SessionGraph(List.copyOf(nodes), paired, external, cliques);
  }

  /**
   * {@return every session: node-to-node ones first (by node pair and family), then external
   * ones; a view that makes the mesh's sessions as it is iterated}
   */
  public List<BGPSession> sessions() {
    return new Sequence<>(nodeToNodeCount() + external.size(), () -> new Iterator<BGPSession>() {
      private final Iterator<Session> nodeToNode = new NodeToNodeIterator();
      private final Iterator<ExternalSession> others = external.iterator();

      @Override
      public boolean hasNext() {
        return nodeToNode.hasNext() || others.hasNext();
      }

      @Override
      public BGPSession next() {
        return nodeToNode.hasNext() ? nodeToNode.next() : others.next();
      }
    });
  }

  /**
   * {@return the sessions between two Calico nodes, by node pair, then family: a view that makes
   * the mesh's sessions as it is iterated, so that iterating a large mesh holds one node's
   * sessions at a time}
   */
  public List<Session> nodeToNodeSessions() {
    return new Sequence<>(nodeToNodeCount(), NodeToNodeIterator::new);
  }

  /** {@return how many node-to-node sessions there are, without making them} */
  public int nodeToNodeCount() {
    int total = pairedCount;
    for (Clique clique : cliques) {
      total += clique.sessionCount();
    }
    return total;
  }

  /** {@return the sessions to addresses of no Calico node, by node, then family and peer name} */
  public List<ExternalSession> externalSessions() {
    return external;
  }

  /**
   * {@return the node-to-node sessions where one end has no peer configured (never a session of
   * the mesh clique, whose ends are both configured)}
   */
  public List<Session> halfOpenSessions() {
    return Collections.unmodifiableList(halfOpen);
  }

  /**
   * {@return the sessions {@code node} takes part in (none for an unknown node): node-to-node ones
   * by the other node and family, then external ones}
   *
   * @param node the node's name
   */
  public List<BGPSession> sessionsOf(String node) {
    List<BGPSession> result = new ArrayList<>();
    appendNodeToNode(node, pairsByNode.getOrDefault(node, List.of()), false, result);
    result.addAll(externalByNode.getOrDefault(node, List.of()));
    return Collections.unmodifiableList(result);
  }

  /**
   * Appends the node-to-node sessions of {@code node} in graph order, by the other node, then
   * family, a mesh session before the paired sessions of the same pair: its paired sessions
   * ({@code keys}, in that order) merged with its sessions in each family's mesh clique.
   *
   * @param onlyAfter whether to take only the other nodes after it by name (its sessions as the
   *     first end), or every other node
   */
  private void appendNodeToNode(String node, List<PairKey> keys, boolean onlyAfter,
      List<? super Session> out) {
    int k = 0;
    int[] cursor = new int[cliques.length];
    int[] member = new int[cliques.length];
    for (Clique clique : cliques) {
      int f = clique.family.ordinal();
      member[f] = clique.indexOf(node);
      cursor[f] = onlyAfter ? member[f] + 1 : 0;
    }
    while (true) {
      // The next mesh partner of any family, in (other node, family) order.
      Clique nextClique = null;
      String nextName = null;
      for (Clique clique : cliques) {
        int f = clique.family.ordinal();
        if (member[f] < 0) {
          continue;
        }
        if (cursor[f] == member[f]) {
          cursor[f]++;
        }
        if (cursor[f] < clique.size()) {
          String name = clique.names.get(cursor[f]);
          if (nextName == null || name.compareTo(nextName) < 0) {
            nextName = name;
            nextClique = clique;
          }
        }
      }
      PairKey key = k < keys.size() ? keys.get(k) : null;
      if (nextClique == null && key == null) {
        return;
      }
      if (key != null && (nextClique == null
          || compare(key.other(node), key.family(), nextName, nextClique.family) < 0)) {
        out.addAll(paired.get(key));
        k++;
      } else {
        int f = nextClique.family.ordinal();
        int a = Math.min(member[f], cursor[f]);
        int b = Math.max(member[f], cursor[f]);
        out.add(nextClique.session(a, b));
        cursor[f]++;
      }
    }
  }

  /**
   * {@return the node-to-node sessions other than those of the mesh clique, in graph order: the
   * sessions of BGPPeers and of mesh peers toward or from a node that shares its address}
   */
  public List<Session> sessionsOutsideMesh() {
    List<Session> all = new ArrayList<>(pairedCount);
    paired.values().forEach(all::addAll);
    return Collections.unmodifiableList(all);
  }

  /**
   * The mesh clique of {@code family}: nodes whose every two have exactly one mesh session, which
   * {@link #nodeToNodeSessions()} makes when it is read. Grouped in classes of nodes whose mesh
   * sessions differ only by the nodes' names and addresses: the same own AS number (or none), the
   * same AS, mesh password and restart time, and a listen port that their mesh peers connect to.
   * A session between two classes is thus healthy or not for every pair of their members alike.
   * When a node's mesh peers connect to another port than it listens on, every node is a class
   * of its own.
   *
   * @param family the IP family
   * @return the classes, each by node name, ordered by their first node; empty without a clique
   */
  public List<List<String>> meshClasses(IPFamily family) {
    return cliques[family.ordinal()].classes();
  }

  /**
   * {@return the mesh session of two nodes of the clique of {@code family}, made now; empty when
   * either is not in the clique}
   *
   * @param family the IP family
   * @param a one node
   * @param b another node
   */
  public java.util.Optional<Session> meshSession(IPFamily family, String a, String b) {
    Clique clique = cliques[family.ordinal()];
    int i = clique.indexOf(a);
    int j = clique.indexOf(b);
    if (i < 0 || j < 0 || i == j) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(clique.session(Math.min(i, j), Math.max(i, j)));
  }

  /** {@return the number of sessions of each node, half-open ones included, by node name} */
  public Map<String, Integer> sessionCounts() {
    return Collections.unmodifiableMap(counts);
  }

  private static int compare(String a, IPFamily af, String b, IPFamily bf) {
    int byName = a.compareTo(b);
    return byName != 0 ? byName : af.compareTo(bf);
  }

  /**
   * The node-to-node sessions in order: for each node by name, its sessions with the nodes after
   * it, by the other node and family, a mesh session before the paired sessions of the same pair.
   * Holds one node's sessions at a time.
   */
  private final class NodeToNodeIterator implements Iterator<Session> {
    private int node = -1;
    private final List<Session> batch = new ArrayList<>();
    private int next;

    @Override
    public boolean hasNext() {
      while (next >= batch.size()) {
        if (++node >= nodes.size()) {
          return false;
        }
        fill(nodes.get(node));
      }
      return true;
    }

    @Override
    public Session next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.get(next++);
    }

    private void fill(String first) {
      batch.clear();
      next = 0;
      appendNodeToNode(first, pairsByFirst.getOrDefault(first, List.of()), true, batch);
    }
  }

  /**
   * The mesh clique of one family: the nodes with a mesh from the cluster's shared candidates
   * whose address no other node has. Any two of them have exactly one mesh peer toward each other
   * ({@link MeshPeers}), which make one session.
   */
  private static final class Clique {
    private final IPFamily family;
    private final MeshCandidates.@Nullable Family candidates;
    /** The members by name. */
    private final List<String> names;
    private final List<MeshPeers> meshes;
    /** Each member's index among the candidates. */
    private final int[] candidateIndexes;
    /** Whether the candidate at an index is a member. */
    private final boolean[] candidateIsMember;
    /** The candidates that are not members, ascending. */
    private final int[] outsiders;
    private final Map<String, Integer> indexByName = new HashMap<>();

    private Clique(IPFamily family, MeshCandidates.@Nullable Family candidates,
        List<String> names, List<MeshPeers> meshes, int[] candidateIndexes) {
      this.family = family;
      this.candidates = candidates;
      this.names = names;
      this.meshes = meshes;
      this.candidateIndexes = candidateIndexes;
      int all = candidates == null ? 0 : candidates.size();
      this.candidateIsMember = new boolean[all];
      for (int index : candidateIndexes) {
        candidateIsMember[index] = true;
      }
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < all; i++) {
        if (!candidateIsMember[i]) {
          out.add(i);
        }
      }
      this.outsiders = out.stream().mapToInt(Integer::intValue).toArray();
      for (int i = 0; i < names.size(); i++) {
        indexByName.put(names.get(i), i);
      }
    }

    /** The clique of {@code family} among {@code plans} (sorted by node name). */
    static Clique of(List<NodePlan> plans, IPFamily family) {
      MeshCandidates.Family shared = null;
      for (NodePlan plan : plans) {
        if (plan.family(family).peers() instanceof PlannedPeers planned) {
          MeshCandidates.Family candidates = planned.mesh().candidates();
          if (shared == null) {
            shared = candidates;
          } else if (shared != candidates) {
            // Plans of different snapshots (a ClusterState keeps the plans an event did not
            // change): no shared candidates, so no clique; every peer is paired one by one.
            return new Clique(family, null, List.of(), List.of(), new int[0]);
          }
        }
      }
      List<String> names = new ArrayList<>();
      List<MeshPeers> meshes = new ArrayList<>();
      List<Integer> indexes = new ArrayList<>();
      for (NodePlan plan : plans) {
        if (plan.family(family).peers() instanceof PlannedPeers planned) {
          int index = shared.indexOf(plan.nodeName());
          if (index >= 0 && shared.get(index).unique()) {
            names.add(plan.nodeName());
            meshes.add(planned.mesh());
            indexes.add(index);
          }
        }
      }
      if (names.size() < 2) {
        return new Clique(family, null, List.of(), List.of(), new int[0]);
      }
      return new Clique(family, shared, List.copyOf(names), List.copyOf(meshes),
          indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
      return names.size();
    }

    /** The members in classes of interchangeable mesh settings (see {@link #meshClasses}). */
    List<List<String>> classes() {
      Map<List<Object>, List<String>> byKey = new java.util.LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        List<Object> key = meshes.get(i).classKey(candidateIndexes[i]);
        if (Boolean.FALSE.equals(key.get(key.size() - 1))) {
          // A peer toward some node connects to a port it does not listen on: whether a session
          // establishes then depends on which end is active, so on the addresses. No classes.
          return names.stream().map(List::of).toList();
        }
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(names.get(i));
      }
      return byKey.values().stream().map(List::copyOf).toList();
    }

    /** The index of {@code node} among the members, or -1. */
    int indexOf(String node) {
      return indexByName.getOrDefault(node, -1);
    }

    long pairs() {
      return (long) size() * (size() - 1) / 2;
    }

    int sessionCount() {
      return Math.toIntExact(pairs());
    }

    /** The mesh session of members {@code a} and {@code b}, {@code a < b}. */
    Session session(int a, int b) {
      return new Session(family,
          new SessionEnd(names.get(a), meshes.get(a).peer(candidateIndexes[b])),
          new SessionEnd(names.get(b), meshes.get(b).peer(candidateIndexes[a])));
    }

    /** The peers of {@code node} in {@code family} that the clique's sessions do not hold. */
    List<Peer> unpairedPeers(NodePlan node, IPFamily family) {
      List<Peer> peers = node.family(family).peers();
      int member = indexOf(node.nodeName());
      if (member < 0) {
        return peers;
      }
      PlannedPeers planned = (PlannedPeers) peers;
      MeshPeers mesh = planned.mesh();
      List<Peer> result = new ArrayList<>(planned.others());
      for (int outsider : outsiders) {
        if (mesh.includes(outsider)) {
          result.add(mesh.peer(outsider));
        }
      }
      return result;
    }
  }

  /**
   * A read-only list over an iteration made again for each traversal: the sessions are made as
   * they are read. {@code get(i)} walks from the start.
   */
  private static final class Sequence<T> extends java.util.AbstractSequentialList<T> {
    private final int size;
    private final java.util.function.Supplier<Iterator<? extends T>> iterators;

    Sequence(int size, java.util.function.Supplier<Iterator<? extends T>> iterators) {
      this.size = size;
      this.iterators = iterators;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<T> iterator() {
      Iterator<? extends T> it = iterators.get();
      return new Iterator<T>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          return it.next();
        }
      };
    }

    @Override
    public java.util.ListIterator<T> listIterator(int index) {
      if (index < 0 || index > size) {
        throw new IndexOutOfBoundsException(index);
      }
      Iterator<T> it = iterator();
      for (int i = 0; i < index; i++) {
        it.next();
      }
      int start = index;
      return new java.util.ListIterator<T>() {
        private int position = start;

        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          T value = it.next();
          position++;
          return value;
        }

        @Override
        public boolean hasPrevious() {
          throw new UnsupportedOperationException("a session list is read forward");
        }

        @Override
        public T previous() {
          throw new UnsupportedOperationException("a session list is read forward");
        }

        @Override
        public int nextIndex() {
          return position;
        }

        @Override
        public int previousIndex() {
          return position - 1;
        }

        @Override
        public void remove() {
          throw new UnsupportedOperationException("a session graph is immutable");
        }

        @Override
        public void set(T value) {
          throw new UnsupportedOperationException("a session graph is immutable");
        }

        @Override
        public void add(T value) {
          throw new UnsupportedOperationException("a session graph is immutable");
        }
      };
    }
  }

  /** Two nodes (in name order) and a family. */
  private record PairKey(String first, String second, IPFamily family)
      implements Comparable<PairKey> {
    private static final Comparator<PairKey> ORDER = Comparator.comparing(PairKey::first)
        .thenComparing(PairKey::second).thenComparing(PairKey::family);

    /** The end that is not {@code node}. */
    String other(String node) {
      return first.equals(node) ? second : first;
    }

    @Override
    public int compareTo(PairKey other) {
      return ORDER.compare(this, other);
    }
  }

  /** The peers each end of a node pair has toward the other. */
  private static final class Sides {
    private final List<Peer> first = new ArrayList<>();
    private final List<Peer> second = new ArrayList<>();

    List<Session> pair(PairKey key) {
      first.sort(PAIRING_ORDER);
      second.sort(PAIRING_ORDER);
      List<Session> sessions = new ArrayList<>();
      for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
        sessions.add(new Session(key.family(),
            new SessionEnd(key.first(), i < first.size() ? first.get(i) : null),
            new SessionEnd(key.second(), i < second.size() ? second.get(i) : null)));
      }
      return List.copyOf(sessions);
    }
  }
}
