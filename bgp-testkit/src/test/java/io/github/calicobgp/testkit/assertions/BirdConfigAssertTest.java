package io.github.calicobgp.testkit.assertions;

import static io.github.calicobgp.testkit.assertions.CalicoBgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdParser;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.lab.LabAssumptions;
import org.junit.jupiter.api.Test;

class BirdConfigAssertTest {

  private static final BirdRenderer RENDERER = new BirdRenderer();

  private static BirdConfig render(CalicoCluster cluster, String node) {
    ClusterPlan plan = cluster.plan();
    return RENDERER.render(plan.node(node).orElseThrow());
  }

  @Test
  void meshProtocolsOfADualStackNode() {
    BirdConfig config = render(CalicoCluster.fullMesh(3).dualStack().meshPassword("pw").build(),
        "node-1");

    assertThat(config)
        .hasExactlyBgpProtocols("Mesh_10_99_0_12", "Mesh_10_99_0_13", "Mesh_fd99__12",
            "Mesh_fd99__13")
        .hasNoBgpProtocol("Mesh_10_99_0_11");
    assertThat(config).hasBgpProtocol("Mesh_fd99__12")
        .hasNeighbor("fd99::12", 64512)
        .isPassive()
        .hasPassword()
        .isNotRouteReflectorClient()
        .hasStatement("source address fd99::11")
        .hasStatement("ttl  security off");
  }

  @Test
  void reflectorAndTorProtocols() {
    CalicoCluster cluster = CalicoCluster.builder().nodes(2).racks(1).routeReflectors(1).build();

    assertThat(render(cluster, "rr-1")).hasBgpProtocol("Node_10_99_0_11")
        .isRouteReflectorClient("244.0.0.1")
        .isNotPassive()
        .hasNoPassword();
    assertThat(render(cluster, "node-1")).hasBgpProtocol("Node_10_99_0_1")
        .hasNeighbor("10.99.0.1", 65001)
        .hasStatement("allow local as 1")
        .doesNotHaveStatement("passive on");
  }

  @Test
  void theRealBirdAcceptsTheFiles() {
    BirdParser parser = LabAssumptions.birdParser();

    assertThat(render(CalicoCluster.fullMesh(2).dualStack().build(), "node-1"))
        .isAcceptedBy(parser);
  }

  @Test
  void failuresShowTheStatementsButNoPassword() {
    BirdConfig config = render(CalicoCluster.fullMesh(2).meshPassword("secret").build(), "node-2");

    assertThatThrownBy(() -> assertThat(config).hasBgpProtocol("Mesh_10_99_0_11").isPassive())
        .hasMessage("""
            Expecting protocol Mesh_10_99_0_11 (bird.cfg) to be passive, but its statements are:
              neighbor 10.99.0.11 as 64512
              source address 10.99.0.12
              ttl security off
              multihop
              import filter { if (defined(bgp_local_pref)&&(bgp_local_pref > 2147482623)) then preference = 200; accept; }
              export filter { if (defined(source) && source = RTS_BGP && defined(bgp_local_pref)) then { krt_metric = 2147483647 - bgp_local_pref; } else { if (!defined(krt_metric)) then { krt_metric = 1024; } bgp_local_pref = 2147483647 - krt_metric; } calico_export_to_bgp_peers(true); reject; }
              password (not shown)""");
    assertThatThrownBy(() -> assertThat(config).hasBgpProtocol("Mesh_10_99_0_13"))
        .hasMessage("Expecting a BGP protocol Mesh_10_99_0_13 in bird.cfg or bird6.cfg, but they"
            + " define [Mesh_10_99_0_11]");
    assertThatThrownBy(() -> assertThat(config).hasNoBgpProtocol("Mesh_10_99_0_11"))
        .hasMessage("Expecting no BGP protocol Mesh_10_99_0_11, but there is one; the BGP"
            + " protocols are [Mesh_10_99_0_11]");
    assertThatThrownBy(() -> assertThat(config).hasExactlyBgpProtocols("Mesh_10_99_0_13"))
        .hasMessage("Expecting exactly the BGP protocols [Mesh_10_99_0_13], but [Mesh_10_99_0_13]"
            + " are missing and [Mesh_10_99_0_11] are not expected");
    assertThatThrownBy(() -> assertThat(config).hasBgpProtocol("Mesh_10_99_0_11")
            .hasNeighbor("10.99.0.11", 65000))
        .hasMessageStartingWith("Expecting protocol Mesh_10_99_0_11 (bird.cfg) to have neighbor"
            + " 10.99.0.11 in AS 65000, but");
  }
}
