package io.github.calicobgp.peering;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The incremental state against the engine from scratch: after every batch of random events, the
 * state's plans are those {@code planAll} gives for the same resources, and its change set names
 * exactly the nodes whose plan differs.
 */
class ClusterStateProperties {

  private final PeeringEngine engine = new PeeringEngine();

  @Property(tries = 1000)
  void incrementalPlansEqualPlanningFromScratchAfterEveryEvent(@ForAll long seed) {
    RandomClusterEvents events = new RandomClusterEvents(seed);
    ClusterState state = ClusterState.of(events.initial(), engine);
    ClusterPlan expected = fromScratch(state.resources());
    assertSamePlans(state.plan(), expected, seed, "initial");
    int steps = 4 + events.nextInt(9);
    for (int step = 0; step < steps; step++) {
      List<ResourceEvent> batch = events.nextInt(4) == 0 ? events.batch(2, 4)
          : List.of(events.next());
      ChangeSet changes = state.apply(batch);
      ClusterPlan now = fromScratch(state.resources());
      String where = "seed " + seed + ", step " + step + ", " + batch;
      assertSamePlans(state.plan(), now, seed, where);
      assertThat(changes.after()).isSameAs(state.plan());
      assertThat(changes.nodes().stream().map(NodeChange::nodeName).toList())
          .as("changed nodes, " + where)
          .containsExactlyElementsOf(differingNodes(expected, now));
      for (NodeChange change : changes.nodes()) {
        assertThat(change.before()).isEqualTo(expected.node(change.nodeName()).orElse(null));
        assertThat(change.after()).isEqualTo(now.node(change.nodeName()).orElse(null));
        assertThat(change.difference().isEmpty()).isFalse();
      }
      expected = now;
    }
  }

  private ClusterPlan fromScratch(List<Resource> resources) {
    return engine.planAll(ClusterSnapshot.of(resources));
  }

  private static void assertSamePlans(ClusterPlan actual, ClusterPlan expected, long seed,
      String where) {
    assertThat(actual.snapshot().nodeNames()).as("nodes, " + where)
        .isEqualTo(expected.snapshot().nodeNames());
    assertThat(actual.snapshot().ignoredNodes()).as("ignored nodes, " + where)
        .isEqualTo(expected.snapshot().ignoredNodes());
    for (NodePlan plan : expected.nodes()) {
      assertThat(actual.node(plan.nodeName())).as("plan of " + plan.nodeName() + ", " + where)
          .contains(plan);
    }
    assertThat(List.copyOf(actual.nodes())).as("plans in order, " + where)
        .isEqualTo(List.copyOf(expected.nodes()));
    assertThat(actual.shadowedPeers()).as("shadowed, " + where)
        .isEqualTo(expected.shadowedPeers());
  }

  private static List<String> differingNodes(ClusterPlan before, ClusterPlan after) {
    Set<String> names = new TreeSet<>(before.snapshot().nodeNames());
    names.addAll(after.snapshot().nodeNames());
    return names.stream()
        .filter(n -> !before.node(n).equals(after.node(n)))
        .collect(Collectors.toList());
  }
}
