package io.github.calicobgp.testkit.readme;

import static io.github.calicobgp.testkit.assertions.CalicoBgpAssertions.assertThat;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.testkit.arbitraries.CalicoArbitraries;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.lab.BirdLab;
import io.github.calicobgp.testkit.lab.LabAssumptions;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  private static final BirdRenderer RENDERER = new BirdRenderer();

  // Four nodes and two route reflectors sharing cluster id 244.0.0.1, the mesh off:
  // node-1..node-4 are 10.99.0.11-14, rr-1 and rr-2 are 10.99.0.15-16.
  private final CalicoCluster cluster =
      CalicoCluster.builder().nodes(4).routeReflectors(2).build();

  @Test
  void everyNodeIsAClientOfBothReflectors() {
    ClusterPlan plan = cluster.plan();

    assertThat(plan).node("node-1").hasNoMeshPeers().hasPeerTo("10.99.0.15");
    assertThat(plan).hasRouteReflectorClient("rr-1", "node-1")
        .hasRouteReflectorClient("rr-2", "node-4");
    assertThat(plan).sessionGraph().isConnected().hasNoHalfOpenSessions();

    BirdConfig rr1 = RENDERER.render(plan.node("rr-1").orElseThrow());
    assertThat(rr1).hasBgpProtocol("Node_10_99_0_11").isRouteReflectorClient("244.0.0.1");
  }

  @Property(tries = 50)
  void birdRunsExactlyThePlannedPeers(@ForAll("clusters") CalicoCluster any) {
    for (NodePlan node : any.plan().nodes()) {
      String[] peers = node.peers().stream().map(Peer::name).toArray(String[]::new);
      assertThat(RENDERER.render(node)).hasExactlyBgpProtocols(peers);
    }
  }

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return CalicoArbitraries.clusters();
  }

  @Test
  void realBirdDaemonsLearnEveryPodBlockThroughTheReflectors() {
    LabAssumptions.assumeLabAvailable(); // skips without Linux, root and BIRD 1.6
    ClusterPlan plan = cluster.plan();

    try (BirdLab lab = BirdLab.forCluster(plan, RENDERER).start()) {
      // Selector peerings: neither end is passive, and BIRD 1.6 can take its connect retry
      // time (120 s) to resolve the collision; bounded above that.
      lab.awaitPlannedSessions(plan, Duration.ofSeconds(150));
      lab.awaitPodBlocks(plan, Duration.ofSeconds(15));
    }
  }
}
