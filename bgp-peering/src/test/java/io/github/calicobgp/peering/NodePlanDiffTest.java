package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.peering.diagnostics.TestCluster;
import io.github.calicobgp.peering.diff.PlanDiff;
import org.junit.jupiter.api.Test;

/** The typed difference of two plans of one node: every value, not only peers. */
class NodePlanDiffTest {

  private static TestCluster nodes() {
    return cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");
  }

  private static NodePlan a(TestCluster cluster) {
    return cluster.plan().node("a").orElseThrow();
  }

  @Test
  void equalPlansHaveNoDifference() {
    assertThat(NodePlanDiff.between(a(nodes()), a(nodes())).isEmpty()).isTrue();
  }

  @Test
  void aLogLevelChangeIsAFieldChangeWithTypedValues() {
    NodePlanDiff diff = NodePlanDiff.between(
        a(nodes()), a(nodes().config(c -> c.logSeverityScreen("Debug"))));

    assertThat(diff.fields()).containsExactly(
        new PlanFieldChange("logLevel", LogLevel.INFO, LogLevel.DEBUG));
    assertThat(diff.settings()).isEqualTo(diff.fields());
    assertThat(diff.peersChanged()).isEmpty();
  }

  @Test
  void aPeerSettingChangeNamesThePeerAndTheComponent() {
    NodePlanDiff diff = NodePlanDiff.between(
        a(nodes()), a(nodes().config(c -> c.nodeMeshMaxRestartTime(io.github.calicobgp.api.value.GoDuration.parse("2m")))));

    assertThat(diff.peersChanged()).hasSize(1);
    assertThat(diff.fields()).containsExactly(new PlanFieldChange(
        "ipv4.peers[Mesh_10_0_0_2].gracefulRestartSeconds", null, 120L));
    assertThat(diff.settings()).isEmpty();
  }

  @Test
  void settingsBetweenLeavesThePeersOutAndKeepsEveryOtherValue() {
    NodePlan before = a(nodes());
    NodePlan after = a(nodes().node("c", "10.0.0.3/24")
        .config(c -> c.logSeverityScreen("Debug")));

    assertThat(NodePlanDiff.settingsBetween(before, after))
        .containsExactly(new PlanFieldChange("logLevel", LogLevel.INFO, LogLevel.DEBUG))
        .isEqualTo(NodePlanDiff.between(before, after).settings());
    assertThat(NodePlanDiff.settingsBetween(before, a(nodes().node("c", "10.0.0.3/24"))))
        .isEmpty();
  }

  @Test
  void peersAddedAndRemovedAreListedWhole() {
    NodePlan before = a(nodes());
    NodePlan after = a(nodes().node("c", "10.0.0.3/24"));

    NodePlanDiff diff = NodePlanDiff.between(before, after);

    assertThat(diff.peersAdded()).extracting(Peer::name).containsExactly("Mesh_10_0_0_3");
    assertThat(NodePlanDiff.between(after, before).peersRemoved()).extracting(Peer::name)
        .containsExactly("Mesh_10_0_0_3");
    assertThat(diff.fields()).singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("ipv4.peers[Mesh_10_0_0_3]"));
  }

  @Test
  void aNewNodeDiffersInEveryValueItHas() {
    NodePlan plan = a(nodes());

    NodePlanDiff diff = NodePlanDiff.between(null, plan);

    assertThat(diff.fields()).extracting(PlanFieldChange::field)
        .contains("asNumber", "routerId", "logLevel", "ipv4.address", "ipv4.peers[Mesh_10_0_0_2]");
    assertThat(diff.peersAdded()).hasSize(1);
  }

  @Test
  void planDiffReportsALogLevelChangeThatChangesNoSession() {
    PlanDiff diff = PlanDiff.between(nodes().plan(),
        nodes().config(c -> c.logSeverityScreen("Debug")).plan());

    assertThat(diff.sessionsUnchanged()).isTrue();
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.nodeSettings()).extracting(NodePlanDiff::nodeName).containsExactly("a", "b");
    assertThat(diff.nodeSettings().get(0).fields()).extracting(PlanFieldChange::toString)
        .containsExactly("logLevel INFO → DEBUG");
  }

  @Test
  void anAsChangeIsNamedWithBothNumbers() {
    NodePlanDiff diff = NodePlanDiff.between(
        a(nodes()), a(nodes().config(c -> c.asNumber(ASNumber.of(65000)))));

    assertThat(diff.fields()).contains(
        new PlanFieldChange("asNumber", ASNumber.of(64512), ASNumber.of(65000)));
  }
}
