package io.github.calicobgp.peering.diff;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.peering.diagnostics.TestCluster;
import org.junit.jupiter.api.Test;

/** Sessions added, removed and changed between two revisions, and cut-overs in one step. */
class PlanDiffTest {

  private static final String CLIENTS = "!has(route-reflector)";
  private static final String REFLECTORS = "has(route-reflector)";

  private static TestCluster nodes() {
    return cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .node("rr", "10.0.0.3/24", "route-reflector=true");
  }

  private static TestCluster reflected() {
    return cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .reflector("rr", "10.0.0.3/24", "1.1.1.1")
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));
  }

  @Test
  void theSameClusterHasNoDifferences() {
    PlanDiff diff = PlanDiff.between(nodes().plan(), nodes().plan());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.disruptions()).isEmpty();
  }

  @Test
  void movingFromMeshToRouteReflectorsInOneStepCutsEveryNodeOff() {
    PlanDiff diff = PlanDiff.between(nodes().plan(), reflected().plan());

    assertThat(diff.removed()).extracting(SessionChange::title).containsExactly(
        "IPv4 a (Mesh_10_0_0_2) – b (Mesh_10_0_0_1)",
        "IPv4 a (Mesh_10_0_0_3) – rr (Mesh_10_0_0_1)",
        "IPv4 b (Mesh_10_0_0_3) – rr (Mesh_10_0_0_2)");
    assertThat(diff.added()).extracting(SessionChange::title).containsExactly(
        "IPv4 a (Node_10_0_0_3) – rr (Node_10_0_0_1)",
        "IPv4 b (Node_10_0_0_3) – rr (Node_10_0_0_2)");
    assertThat(diff.added()).allMatch(c -> c.kind() == SessionChange.Kind.ADDED);
    assertThat(diff.disruptions()).extracting(NodeDisruption::message).containsExactly(
        "node a loses all its 2 sessions before its 1 new one establishes: apply the new "
            + "peerings first, then remove the old ones.",
        "node b loses all its 2 sessions before its 1 new one establishes: apply the new "
            + "peerings first, then remove the old ones.",
        "node rr loses all its 2 sessions before its 2 new ones establish: apply the new "
            + "peerings first, then remove the old ones.");
  }

  @Test
  void addingTheNewPeeringsFirstDisruptsNothing() {
    TestCluster both = nodes()
        .peer("clients", p -> p.nodeSelector(CLIENTS).peerSelector(REFLECTORS));

    PlanDiff diff = PlanDiff.between(nodes().plan(), both.plan());

    assertThat(diff.removed()).isEmpty();
    assertThat(diff.added()).hasSize(2);
    assertThat(diff.disruptions()).isEmpty();
  }

  @Test
  void aChangedSettingNamesTheFieldAndBothValues() {
    PlanDiff diff = PlanDiff.between(
        cluster().node("a", "10.0.0.1/24").peer("tor", p -> p.nodeSelector("all()")
            .peerIP("192.0.2.1").asNumber(ASNumber.of(65000))).plan(),
        cluster().node("a", "10.0.0.1/24").peer("tor", p -> p.nodeSelector("all()")
            .peerIP("192.0.2.1").asNumber(ASNumber.of(65001)).ttlSecurity(1)).plan());

    assertThat(diff.changed()).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(SessionChange.Kind.CHANGED);
      assertThat(change.title()).isEqualTo("IPv4 a → 192.0.2.1 (Node_192_0_2_1, BGPPeer/tor)");
      assertThat(change.fields()).extracting(FieldChange::toString)
          .containsExactly("a: asNumber 65000 → 65001", "a: ttlSecurity - → 1");
    });
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
  }

  @Test
  void aHalfOpenSessionThatGetsItsOtherEndIsChanged() {
    TestCluster halfOpen = cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(ASNumber.of(64512))
            .reversePeering("Manual"));
    TestCluster full = cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(ASNumber.of(64512)));

    PlanDiff diff = PlanDiff.between(halfOpen.plan(), full.plan());

    assertThat(diff.changed()).singleElement().satisfies(change -> assertThat(change.fields())
        .extracting(FieldChange::toString).containsExactly("b: peer none → Node_10_0_0_1"));
    assertThat(diff.disruptions()).isEmpty();
  }

  @Test
  void aNodeLeftWithoutSessionsIsReportedAndARemovedNodeIsNot() {
    TestCluster two = cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");
    TestCluster apart = cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");

    assertThat(PlanDiff.between(two.plan(), apart.plan()).disruptions())
        .extracting(NodeDisruption::message)
        .containsExactly("node a loses its only session and gets none: it exchanges no routes "
            + "afterwards.", "node b loses its only session and gets none: it exchanges no "
            + "routes afterwards.");
    assertThat(PlanDiff.between(two.plan(), cluster().node("a", "10.0.0.1/24").plan())
        .disruptions()).extracting(NodeDisruption::node).containsExactly("a");
  }
}
