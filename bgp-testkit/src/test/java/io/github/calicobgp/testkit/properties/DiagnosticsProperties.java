package io.github.calicobgp.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.IgnoredBGPPeer;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.peering.diagnostics.Diagnostics;
import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.FindingCode;
import io.github.calicobgp.testkit.arbitraries.CalicoArbitraries;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.CalicoClusterBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of diagnostics over generated clusters (moved here from bgp-peering). */
class DiagnosticsProperties {

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return CalicoArbitraries.clusters();
  }

  /** Generated clusters, half of them with a one-sided peering from the first node to all. */
  @Provide
  Arbitrary<CalicoCluster> clustersWithOneSidedPeerings() {
    return Combinators.combine(CalicoArbitraries.clusterDesigns(), Arbitraries.of(true, false))
        .as((design, oneSided) -> {
          CalicoClusterBuilder builder = design.toBuilder();
          if (oneSided) {
            builder.bgpPeer("one-sided", p -> p.node("node-1").peerSelector("all()")
                .reversePeering("Manual"));
          }
          return builder.build();
        });
  }

  /**
   * A session of the graph has both ends configured exactly when no half-open finding names it:
   * the configured end's node first, then its peer's protocol name.
   */
  @Property(tries = 200)
  void halfOpenFindingsAreExactlyTheSessionsWithOneEnd(
      @ForAll("clustersWithOneSidedPeerings") CalicoCluster cluster) {
    ClusterPlan plan = cluster.plan();
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

  /**
   * A BGPPeer that confd drops is reported as making no peering exactly when no node's plan has a
   * peer from it; otherwise as making only reverse peerings, naming every node that has one.
   */
  @Property(tries = 150)
  void aDroppedBGPPeerIsIgnoredExactlyWhenThePlanHasNoPeerFromIt(
      @ForAll("clusters") CalicoCluster cluster) {
    ClusterPlan plan = cluster.plan();
    List<Finding> findings = Diagnostics.of(plan);
    for (BGPPeer peer : plan.snapshot().bgpPeers()) {
      if (IgnoredBGPPeer.of(peer).isEmpty()) {
        continue;
      }
      String name = peer.metadata().nameOrEmpty();
      Set<String> using = new TreeSet<>();
      for (NodePlan node : plan.nodes()) {
        if (node.peers().stream().anyMatch(p -> name.equals(p.bgpPeerName()))) {
          using.add(node.nodeName());
        }
      }
      List<Finding> about = findings.stream()
          .filter(f -> f.resources().contains("BGPPeer/" + name))
          .filter(f -> f.code() == FindingCode.BGPPEER_IGNORED
              || f.code() == FindingCode.BGPPEER_ONLY_REVERSE_PEERINGS)
          .toList();
      assertThat(about).as(name).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(using.isEmpty() ? FindingCode.BGPPEER_IGNORED
            : FindingCode.BGPPEER_ONLY_REVERSE_PEERINGS);
        assertThat(f.nodes()).containsAll(using);
      });
      Statistics.collect(using.isEmpty() ? "ignored" : "only reverse peerings");
    }
  }

  @Property(tries = 100)
  void findingsDoNotDependOnTheOrderOfTheResources(
      @ForAll("clusters") CalicoCluster cluster, @ForAll long seed) {
    List<Resource> shuffled = new ArrayList<>(cluster.resources().all());
    Collections.shuffle(shuffled, new Random(seed));
    PeeringEngine engine = new PeeringEngine(cluster.peeringOptions());

    assertThat(Diagnostics.of(engine.planAll(ClusterSnapshot.of(shuffled, cluster.datastore()))))
        .isEqualTo(Diagnostics.of(engine.planAll(cluster.snapshot())));
  }

  @Property(tries = 100)
  void findingsAreSortedBySeverityThenCode(@ForAll("clusters") CalicoCluster cluster) {
    List<Finding> findings = Diagnostics.of(cluster.plan());

    assertThat(findings).isSortedAccordingTo((a, b) -> a.severity() != b.severity()
        ? a.severity().compareTo(b.severity()) : a.code().compareTo(b.code()));
  }
}
