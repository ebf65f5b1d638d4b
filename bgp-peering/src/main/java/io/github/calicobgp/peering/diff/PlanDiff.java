package io.github.calicobgp.peering.diff;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.NodePlanDiff;
import io.github.calicobgp.peering.PlanFieldChange;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The differences between two revisions of a cluster: the nodes added and removed, every
 * node-level value that changed (log level, router id, pools, blocks, communities, static
 * routes... every {@link NodePlan} and {@link io.github.calicobgp.peering.FamilyPlan} value but
 * the peers, from {@link NodePlanDiff}), and the sessions. A session of the old
 * revision is the same session in the new one when its family, nodes and BIRD protocol names
 * are the same, or, for a node-to-node session, when one end keeps its protocol name (the other
 * end gained, lost or renamed its peer); it is changed when any setting of its ends differs.
 */
public final class PlanDiff {

  private final List<SessionChange> added = new ArrayList<>();
  private final List<SessionChange> removed = new ArrayList<>();
  private final List<SessionChange> changed = new ArrayList<>();
  private final List<NodeDisruption> disruptions = new ArrayList<>();
  private final List<String> nodesAdded = new ArrayList<>();
  private final List<String> nodesRemoved = new ArrayList<>();
  private final List<NodePlanDiff> nodeSettings = new ArrayList<>();

  private PlanDiff() {}

  /**
   * {@return the differences from {@code before} to {@code after}}
   *
   * <p>The two session graphs are walked side by side, one first node at a time, so that a diff
   * of two large meshes holds one node's sessions at a time and whatever differs, never every
   * session of either revision.
   *
   * @param before the plans of the old revision
   * @param after the plans of the new revision
   */
  public static PlanDiff between(ClusterPlan before, ClusterPlan after) {
    PlanDiff diff = new PlanDiff();
    SessionGraph old = SessionGraph.of(before);
    SessionGraph now = SessionGraph.of(after);
    SessionTallies tallies = new SessionTallies();
    diff.compareNodeToNode(old, now, tallies);
    diff.compareExternal(old.externalSessions(), now.externalSessions(), tallies);
    diff.findDisruptions(before, now, tallies);
    diff.compareNodes(before, after);
    return diff;
  }

  /** The node-to-node sessions, merged by first node (both graphs give them in name order). */
  private void compareNodeToNode(SessionGraph old, SessionGraph now, SessionTallies tallies) {
    FirstNodeGroups olds = new FirstNodeGroups(old.nodeToNodeSessions().iterator());
    FirstNodeGroups nows = new FirstNodeGroups(now.nodeToNodeSessions().iterator());
    List<Session> o = olds.next();
    List<Session> n = nows.next();
    while (!o.isEmpty() || !n.isEmpty()) {
      int order = o.isEmpty() ? 1
          : n.isEmpty() ? -1
          : o.get(0).first().node().compareTo(n.get(0).first().node());
      if (order < 0) {
        o.forEach(s -> remove(s, tallies));
        o = olds.next();
      } else if (order > 0) {
        n.forEach(s -> add(s, tallies));
        n = nows.next();
      } else {
        match(o, n, tallies);
        o = olds.next();
        n = nows.next();
      }
    }
  }

  /**
   * Matches the sessions of one first node: an old session is the new one of the same family and
   * second node whose protocol names are the same, else one where one end kept its name (the
   * first such in the new order); old ones are reported in the old order, new ones left over in
   * the new order.
   */
  private void match(List<Session> old, List<Session> now, SessionTallies tallies) {
    Map<PairKey, List<Integer>> byPair = new HashMap<>();
    for (int i = 0; i < now.size(); i++) {
      byPair.computeIfAbsent(PairKey.of(now.get(i)), k -> new ArrayList<>()).add(i);
    }
    boolean[] taken = new boolean[now.size()];
    Session[] counterpart = new Session[old.size()];
    for (int i = 0; i < old.size(); i++) {
      Session s = old.get(i);
      counterpart[i] = take(byPair.get(PairKey.of(s)), now, taken, c -> sameNames(s, c));
    }
    for (int i = 0; i < old.size(); i++) {
      Session s = old.get(i);
      if (counterpart[i] == null) {
        counterpart[i] = take(byPair.get(PairKey.of(s)), now, taken,
            c -> sameName(s.first().peer(), c.first().peer())
                || sameName(s.second().peer(), c.second().peer()));
      }
    }
    for (int i = 0; i < old.size(); i++) {
      if (counterpart[i] == null) {
        remove(old.get(i), tallies);
      } else {
        tallies.kept(old.get(i));
        addIfChanged(old.get(i), counterpart[i]);
      }
    }
    for (int i = 0; i < now.size(); i++) {
      if (!taken[i]) {
        add(now.get(i), tallies);
      }
    }
  }

  /** The first session of {@code candidates} (indexes into {@code now}) not taken that matches. */
  private static @Nullable Session take(@Nullable List<Integer> candidates, List<Session> now,
      boolean[] taken, Predicate<Session> matches) {
    if (candidates != null) {
      for (int index : candidates) {
        if (!taken[index] && matches.test(now.get(index))) {
          taken[index] = true;
          return now.get(index);
        }
      }
    }
    return null;
  }

  /** The external sessions: the same when family, node and protocol name are. */
  private void compareExternal(List<ExternalSession> old, List<ExternalSession> now,
      SessionTallies tallies) {
    Map<ExternalKey, ArrayDeque<ExternalSession>> unmatched = new HashMap<>();
    for (ExternalSession s : now) {
      unmatched.computeIfAbsent(ExternalKey.of(s), k -> new ArrayDeque<>()).add(s);
    }
    Set<ExternalSession> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ExternalSession s : old) {
      ArrayDeque<ExternalSession> same = unmatched.get(ExternalKey.of(s));
      if (same == null || same.isEmpty()) {
        remove(s, tallies);
      } else {
        ExternalSession counterpart = same.removeFirst();
        taken.add(counterpart);
        tallies.kept(s);
        addIfChanged(s, counterpart);
      }
    }
    for (ExternalSession s : now) {
      if (!taken.contains(s)) {
        add(s, tallies);
      }
    }
  }

  private void remove(BGPSession session, SessionTallies tallies) {
    removed.add(new SessionChange(session, null, List.of()));
    tallies.gone(session);
  }

  private void add(BGPSession session, SessionTallies tallies) {
    added.add(new SessionChange(null, session, List.of()));
    tallies.added(session);
  }

  /** Nodes added, removed, and the node-level values of the others that differ. */
  private void compareNodes(ClusterPlan before, ClusterPlan after) {
    TreeSet<String> names = new TreeSet<>(before.snapshot().nodeNames());
    names.addAll(after.snapshot().nodeNames());
    for (String name : names) {
      NodePlan old = before.node(name).orElse(null);
      NodePlan now = after.node(name).orElse(null);
      if (old == null) {
        nodesAdded.add(name);
      } else if (now == null) {
        nodesRemoved.add(name);
      } else if (!old.equals(now)) {
        List<PlanFieldChange> settings = NodePlanDiff.settingsBetween(old, now);
        if (!settings.isEmpty()) {
          nodeSettings.add(new NodePlanDiff(name, settings, List.of(), List.of(), List.of()));
        }
      }
    }
  }

  private void addIfChanged(BGPSession before, BGPSession after) {
    List<FieldChange> fields = SessionFields.between(before, after);
    if (!fields.isEmpty()) {
      changed.add(new SessionChange(before, after, fields));
    }
  }

  private static boolean sameNames(Session a, Session b) {
    return Objects.equals(name(a.first().peer()), name(b.first().peer()))
        && Objects.equals(name(a.second().peer()), name(b.second().peer()));
  }

  private static boolean sameName(@Nullable Peer a, @Nullable Peer b) {
    return a != null && b != null && a.name().equals(b.name());
  }

  private static @Nullable String name(@Nullable Peer peer) {
    return peer == null ? null : peer.name();
  }

  /** Nodes of both revisions whose every working session is gone (a cut-over in one step). */
  private void findDisruptions(ClusterPlan before, SessionGraph now, SessionTallies tallies) {
    Set<String> remaining = now.sessionCounts().keySet();
    for (NodePlan node : before.nodes()) {
      String name = node.nodeName();
      SessionTallies.Tally tally = tallies.of(name);
      if (remaining.contains(name) && tally.losesEverySession()) {
        disruptions.add(new NodeDisruption(name, tally.working(), tally.gained()));
      }
    }
  }

  /** A node-to-node session's family and second node (its first node is the run's). */
  private record PairKey(IPFamily family, String second) {
    static PairKey of(Session s) {
      return new PairKey(s.family(), s.second().node());
    }
  }

  /** What identifies an external session across revisions. */
  private record ExternalKey(IPFamily family, String node, String peer) {
    static ExternalKey of(ExternalSession s) {
      return new ExternalKey(s.family(), s.node(), s.peer().name());
    }
  }

  /** {@return the sessions only the new revision has, in its session order} */
  public List<SessionChange> added() {
    return List.copyOf(added);
  }

  /** {@return the sessions only the old revision has, in its session order} */
  public List<SessionChange> removed() {
    return List.copyOf(removed);
  }

  /**
   * {@return the sessions both have with different settings, in the old revision's session order}
   */
  public List<SessionChange> changed() {
    return List.copyOf(changed);
  }

  /** {@return the nodes of both revisions that lose every working session, by node name} */
  public List<NodeDisruption> disruptions() {
    return List.copyOf(disruptions);
  }

  /** {@return the nodes only the new revision has, by name} */
  public List<String> nodesAdded() {
    return List.copyOf(nodesAdded);
  }

  /** {@return the nodes only the old revision has, by name} */
  public List<String> nodesRemoved() {
    return List.copyOf(nodesRemoved);
  }

  /**
   * {@return the nodes of both revisions whose node-level values differ (everything of their plan
   * but the peers, which {@link #added}, {@link #removed} and {@link #changed} cover), by node name;
   * each difference lists those values only}
   */
  public List<NodePlanDiff> nodeSettings() {
    return List.copyOf(nodeSettings);
  }

  /**
   * {@return whether the two revisions have the same nodes with the same values and the same
   * sessions with the same settings}
   */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && nodesAdded.isEmpty()
        && nodesRemoved.isEmpty() && nodeSettings.isEmpty();
  }

  /** {@return whether the sessions are the same, with the same settings (node values aside)} */
  public boolean sessionsUnchanged() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  @Override
  public String toString() {
    return "PlanDiff[+" + added.size() + " -" + removed.size() + " ~" + changed.size()
        + ", nodes +" + nodesAdded.size() + " -" + nodesRemoved.size() + " ~"
        + nodeSettings.size() + "]";
  }
}
