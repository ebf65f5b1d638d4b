package io.github.calicobgp.peering.diff;

import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.NodePlanDiff;
import io.github.calicobgp.peering.PlanFieldChange;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
   * @param before the plans of the old revision
   * @param after the plans of the new revision
   */
  public static PlanDiff between(ClusterPlan before, ClusterPlan after) {
    PlanDiff diff = new PlanDiff();
    SessionGraph old = SessionGraph.of(before);
    SessionGraph now = SessionGraph.of(after);
    Map<String, BGPSession> unmatched = new LinkedHashMap<>();
    for (BGPSession session : now.sessions()) {
      unmatched.put(SessionKeys.exact(session), session);
    }
    List<BGPSession> left = new ArrayList<>();
    for (BGPSession session : old.sessions()) {
      BGPSession same = unmatched.remove(SessionKeys.exact(session));
      if (same == null) {
        left.add(session);
      } else {
        diff.addIfChanged(session, same);
      }
    }
    // By value: a session graph makes its mesh sessions anew on every read.
    Set<BGPSession> gone = new HashSet<>();
    for (BGPSession session : left) {
      BGPSession renamed = session instanceof Session s ? takeRenamed(s, unmatched) : null;
      if (renamed == null) {
        diff.removed.add(new SessionChange(session, null, List.of()));
        gone.add(session);
      } else {
        diff.addIfChanged(session, renamed);
      }
    }
    for (BGPSession session : unmatched.values()) {
      diff.added.add(new SessionChange(null, session, List.of()));
    }
    Set<BGPSession> added = new HashSet<>();
    added.addAll(unmatched.values());
    diff.findDisruptions(before, old, now, gone, added);
    diff.compareNodes(before, after);
    return diff;
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
        NodePlanDiff node = NodePlanDiff.between(old, now);
        List<PlanFieldChange> settings = node.settings();
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

  /** Takes the new session of the same pair and family where one end kept its protocol name. */
  private static @Nullable BGPSession takeRenamed(
      Session session, Map<String, BGPSession> unmatched) {
    Iterator<BGPSession> candidates = unmatched.values().iterator();
    while (candidates.hasNext()) {
      if (candidates.next() instanceof Session c
          && SessionKeys.pair(c).equals(SessionKeys.pair(session))
          && (sameName(session.first().peer(), c.first().peer())
              || sameName(session.second().peer(), c.second().peer()))) {
        candidates.remove();
        return c;
      }
    }
    return null;
  }

  private static boolean sameName(@Nullable Peer a, @Nullable Peer b) {
    return a != null && b != null && a.name().equals(b.name());
  }

  /** Nodes of both revisions whose every working session is gone (a cut-over in one step). */
  private void findDisruptions(ClusterPlan before, SessionGraph old, SessionGraph now,
      Set<BGPSession> gone, Set<BGPSession> added) {
    Set<String> remaining = now.sessionCounts().keySet();
    for (NodePlan node : before.nodes()) {
      String name = node.nodeName();
      List<BGPSession> working = old.sessionsOf(name).stream()
          .filter(s -> !(s instanceof Session n && n.isHalfOpen())).toList();
      if (remaining.contains(name) && !working.isEmpty() && gone.containsAll(working)) {
        int gained = (int) now.sessionsOf(name).stream().filter(added::contains).count();
        disruptions.add(new NodeDisruption(name, working.size(), gained));
      }
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
