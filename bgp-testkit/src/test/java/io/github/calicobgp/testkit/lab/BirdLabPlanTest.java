package io.github.calicobgp.testkit.lab;

import static io.github.calicobgp.testkit.assertions.CalicoBgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.testkit.fixtures.Addressing;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.Encapsulation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirdLabPlanTest {

  private final BirdRenderer renderer = new BirdRenderer();

  @Test
  void aLabComparedWithAnotherPlanFailsAtOnceNamingTheDifference() {
    LabAssumptions.assumeLabAvailable();
    ClusterPlan mesh = CalicoCluster.fullMesh(2).build().plan();
    ClusterPlan meshOff = CalicoCluster.fullMesh(2).meshEnabled(false).build().plan();

    try (BirdLab lab = BirdLab.forCluster(mesh, renderer).start()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> lab.awaitPlannedSessions(meshOff, Duration.ofSeconds(30)))
          .isInstanceOf(LabException.class)
          .hasMessageStartingWith("BIRD's BGP protocols differ from the plan:\n"
              + "node-1: in BIRD, but not planned: Mesh_10_99_0_12 (V4); BIRD: ");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThatThrownBy(() -> assertThat(lab).hasEstablishedExactlyThePlannedSessions(meshOff))
          .hasMessageStartingWith("Expecting BIRD to run exactly the planned sessions, all"
              + " Established, but 2 differ:\n  node-1: in BIRD, but not planned:");
      assertThat(lab.awaitPlannedSessions(mesh, Duration.ofSeconds(15)).isClean()).isTrue();
      assertThat(lab).hasEstablishedExactlyThePlannedSessions(mesh);
    }
  }

  @Test
  void nodesWithoutIpv4CannotRunInALab() {
    ClusterPlan plan = CalicoCluster.fullMesh(2).addressing("node-2", Addressing.IPV6)
        .build().plan();

    assertThatThrownBy(() -> BirdLab.forCluster(plan, renderer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node-2 has no IPv4 address; every host of a BIRD lab needs one");
  }

  @Test
  void filesForCalicosBirdCannotRunInALab() {
    ClusterPlan plan = CalicoCluster.fullMesh(1).encapsulation(Encapsulation.IPIP)
        .bgpConfiguration(c -> c.programClusterRoutes("Enabled")).build().plan();

    assertThatThrownBy(() -> BirdLab.forCluster(plan, renderer))
        .hasMessage("node-1's files use krt_tunnel (IPIP routes that BIRD programs), which only"
            + " Calico's fork of BIRD understands");
  }

  @Test
  void reportLinesDescribeThePlannedPeerAndBirdsState() {
    Peer peer = CalicoCluster.fullMesh(2).build().plan().node("node-1").orElseThrow()
        .peers().get(0);
    ProtocolState state = new ProtocolState(IPFamily.V4, "Mesh_10_99_0_12", "BGP", "master",
        "start", "12:00:00", "Active", "Socket: Connection refused");
    SessionReport report = new SessionReport(List.of(
        new SessionReport.Problem("node-1", IPFamily.V4, SessionReport.Kind.NOT_ESTABLISHED,
            peer.name(), peer, state),
        new SessionReport.Problem("node-1", IPFamily.V4, SessionReport.Kind.MISSING,
            peer.name(), peer, null)));

    assertThat(report.isClean()).isFalse();
    assertThat(report).hasToString("""
        node-1: not Established: Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh  passive; BIRD: \
        Mesh_10_99_0_12 (IPv4): start Active Socket: Connection refused
        node-1: planned, but not in BIRD: Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh  passive""");
    assertThat(new SessionReport(List.of())).hasToString("no problems");
  }
}
