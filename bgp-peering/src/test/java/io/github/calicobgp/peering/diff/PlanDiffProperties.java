package io.github.calicobgp.peering.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ClusterState;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.RandomClusterEvents;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jspecify.annotations.Nullable;

/**
 * {@link PlanDiff}, which walks two session graphs one first node at a time, against the
 * plain matching ({@link Reference}: every session of the new revision in one list, each old
 * one searched for in it), on random revisions: the
 * plans from scratch before and after random events, and the incremental state's plans (whose
 * nodes come from several snapshots, so that its graph has no mesh clique) against them.
 */
class PlanDiffProperties {

  private final PeeringEngine engine = new PeeringEngine();

  @Property(tries = 500)
  void theDiffFindsWhatMatchingEverySessionFinds(@ForAll long seed) {
    RandomClusterEvents events = new RandomClusterEvents(seed);
    ClusterState state = ClusterState.of(events.initial(), engine);
    ClusterPlan before = engine.planAll(ClusterSnapshot.of(state.resources()));
    int steps = 1 + events.nextInt(6);
    for (int step = 0; step < steps; step++) {
      state.apply(events.nextInt(3) == 0 ? events.batch(2, 4) : List.of(events.next()));
    }
    ClusterPlan incremental = state.plan();
    ClusterPlan after = engine.planAll(ClusterSnapshot.of(state.resources()));
    assertSame(before, after, "seed " + seed + ", from scratch");
    assertSame(before, incremental, "seed " + seed + ", to the incremental plans");
    assertSame(incremental, before, "seed " + seed + ", from the incremental plans");
    assertThat(PlanDiff.between(after, after).isEmpty()).as("seed %d, itself", seed).isTrue();
  }

  private static void assertSame(ClusterPlan before, ClusterPlan after, String where) {
    PlanDiff diff = PlanDiff.between(before, after);
    Reference expected = new Reference(before, after);
    assertThat(diff.added()).as("added, " + where).containsExactlyElementsOf(expected.added);
    assertThat(diff.removed()).as("removed, " + where).containsExactlyElementsOf(expected.removed);
    assertThat(diff.changed()).as("changed, " + where)
        .containsExactlyInAnyOrderElementsOf(expected.changed);
    assertThat(diff.disruptions()).as("disruptions, " + where)
        .containsExactlyElementsOf(expected.disruptions);
  }

  /**
   * The matching of {@link PlanDiff} done the plain way: every session of the new revision in
   * one list, each old one matched by a search of it (a session of the same names first, then
   * one of the same pair where one end kept its name). Unlike the map by name that {@code
   * PlanDiff} once used, it keeps two new sessions of the same names (nodes that share an
   * address), which that map collapsed into one.
   */
  private static final class Reference {
    final List<SessionChange> added = new ArrayList<>();
    final List<SessionChange> removed = new ArrayList<>();
    final List<SessionChange> changed = new ArrayList<>();
    final List<NodeDisruption> disruptions = new ArrayList<>();

    Reference(ClusterPlan before, ClusterPlan after) {
      SessionGraph old = SessionGraph.of(before);
      SessionGraph now = SessionGraph.of(after);
      List<BGPSession> unmatched = new ArrayList<>(now.sessions());
      List<BGPSession> left = new ArrayList<>();
      for (BGPSession session : old.sessions()) {
        BGPSession same = take(unmatched, c -> exact(c).equals(exact(session)));
        if (same == null) {
          left.add(session);
        } else {
          addIfChanged(session, same);
        }
      }
      List<BGPSession> gone = new ArrayList<>();
      for (BGPSession session : left) {
        BGPSession renamed = session instanceof Session s
            ? take(unmatched, c -> c instanceof Session n && pair(n).equals(pair(s))
                && (sameName(s.first().peer(), n.first().peer())
                    || sameName(s.second().peer(), n.second().peer())))
            : null;
        if (renamed == null) {
          removed.add(new SessionChange(session, null, List.of()));
          gone.add(session);
        } else {
          addIfChanged(session, renamed);
        }
      }
      for (BGPSession session : unmatched) {
        added.add(new SessionChange(null, session, List.of()));
      }
      Set<String> remaining = now.sessionCounts().keySet();
      for (NodePlan node : before.nodes()) {
        String name = node.nodeName();
        List<BGPSession> working = old.sessionsOf(name).stream()
            .filter(s -> !(s instanceof Session n && n.isHalfOpen())).toList();
        if (remaining.contains(name) && !working.isEmpty() && containsAll(gone, working)) {
          int count = (int) unmatched.stream().filter(s -> s.nodes().contains(name)).count();
          disruptions.add(new NodeDisruption(name, working.size(), count));
        }
      }
    }

    /** Whether {@code all} holds every one of {@code some}, as many times as {@code some} does. */
    private static boolean containsAll(List<BGPSession> all, List<BGPSession> some) {
      List<BGPSession> rest = new ArrayList<>(all);
      return some.stream().allMatch(rest::remove);
    }

    private void addIfChanged(BGPSession before, BGPSession after) {
      List<FieldChange> fields = SessionFields.between(before, after);
      if (!fields.isEmpty()) {
        changed.add(new SessionChange(before, after, fields));
      }
    }

    /** Removes and returns the first of {@code unmatched} that {@code matches}. */
    private static @Nullable BGPSession take(List<BGPSession> unmatched,
        Predicate<BGPSession> matches) {
      Iterator<BGPSession> candidates = unmatched.iterator();
      while (candidates.hasNext()) {
        BGPSession candidate = candidates.next();
        if (matches.test(candidate)) {
          candidates.remove();
          return candidate;
        }
      }
      return null;
    }

    private static String exact(BGPSession session) {
      if (session instanceof ExternalSession e) {
        return "external " + e.family() + " " + e.node() + " " + e.peer().name();
      }
      Session s = (Session) session;
      return pair(s) + " " + name(s.first().peer()) + " " + name(s.second().peer());
    }

    private static String pair(Session s) {
      return "pair " + s.family() + " " + s.first().node() + " " + s.second().node();
    }

    private static String name(@Nullable Peer peer) {
      return peer == null ? "-" : peer.name();
    }

    private static boolean sameName(@Nullable Peer a, @Nullable Peer b) {
      return a != null && b != null && a.name().equals(b.name());
    }
  }
}
