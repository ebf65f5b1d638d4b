package io.github.calicobgp.peering;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.diagnostics.Diagnostics;
import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.FindingCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of diagnostics over generated clusters. */
class DiagnosticsProperties {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  @Provide
  Arbitrary<List<Resource>> clusters() {
    return ClusterGenerators.clusters();
  }

  /** Generated clusters, half of them with a one-sided peering from the first node to all. */
  @Provide
  Arbitrary<List<Resource>> clustersWithOneSidedPeerings() {
    return Combinators.combine(ClusterGenerators.clusters(), Arbitraries.of(true, false))
        .as((resources, oneSided) -> {
          if (!oneSided) {
            return resources;
          }
          List<Resource> more = new ArrayList<>(resources);
          more.add(Fixtures.peer("one-sided", p -> p.node(ClusterGenerators.nodeName(0))
              .peerSelector("all()").reversePeering("Manual")));
          return List.copyOf(more);
        });
  }

  /**
   * A session of the graph has both ends configured exactly when no half-open finding names it:
   * the configured end's node first, then its peer's protocol name.
   */
  @Property(tries = 200)
  void halfOpenFindingsAreExactlyTheSessionsWithOneEnd(
      @ForAll("clustersWithOneSidedPeerings") List<Resource> resources) {
    ClusterPlan plan = ENGINE.planAll(ClusterSnapshot.of(resources));
    List<Finding> findings = Diagnostics.of(plan);
    Set<String> halfOpen = new HashSet<>();
    for (Session session : SessionGraph.of(plan).nodeToNodeSessions()) {
      boolean bothConfigured = session.first().isConfigured() && session.second().isConfigured();
      if (!bothConfigured) {
        SessionEnd end = session.first().isConfigured() ? session.first() : session.second();
        assertThat(halfOpen.add(end.node() + " " + end.peer().name())).isTrue();
      }
    }
    Set<String> reported = new HashSet<>();
    for (Finding finding : findings) {
      if (finding.code() == FindingCode.HALF_OPEN_SESSION) {
        String message = finding.message();
        String peerName = message.substring(message.indexOf(" (") + 2, message.indexOf(", "));
        assertThat(reported.add(finding.nodes().get(0) + " " + peerName)).isTrue();
      }
    }
    assertThat(reported).isEqualTo(halfOpen);
    Statistics.collect(halfOpen.isEmpty() ? "no half-open session" : "half-open sessions");
    Statistics.coverage(coverage -> coverage.check("half-open sessions").percentage(p -> p > 25));
  }

  @Property(tries = 100)
  void findingsDoNotDependOnTheOrderOfTheResources(
      @ForAll("clusters") List<Resource> resources, @ForAll long seed) {
    List<Resource> shuffled = new ArrayList<>(resources);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(Diagnostics.of(ENGINE.planAll(ClusterSnapshot.of(shuffled))))
        .isEqualTo(Diagnostics.of(ENGINE.planAll(ClusterSnapshot.of(resources))));
  }

  @Property(tries = 100)
  void findingsAreSortedBySeverityThenCode(@ForAll("clusters") List<Resource> resources) {
    List<Finding> findings = Diagnostics.of(ENGINE.planAll(ClusterSnapshot.of(resources)));

    assertThat(findings).isSortedAccordingTo((a, b) -> a.severity() != b.severity()
        ? a.severity().compareTo(b.severity()) : a.code().compareTo(b.code()));
  }
}
