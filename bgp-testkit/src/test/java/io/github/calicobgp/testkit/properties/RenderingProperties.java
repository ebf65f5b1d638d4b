package io.github.calicobgp.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.testkit.arbitraries.CalicoArbitraries;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rendering is deterministic: the order of the input resources never changes a byte. */
class RenderingProperties {

  private static final BirdRenderer RENDERER = new BirdRenderer();

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return CalicoArbitraries.clusters();
  }

  @Property(tries = 100)
  void shuffledResourcesRenderIdenticalBytes(
      @ForAll("clusters") CalicoCluster cluster, @ForAll long seed) {
    List<Resource> shuffled = new ArrayList<>(cluster.resources().all());
    Collections.shuffle(shuffled, new Random(seed));
    PeeringEngine engine = new PeeringEngine(cluster.peeringOptions());
    ClusterPlan inOrder = engine.planAll(cluster.snapshot());
    ClusterPlan reordered = engine.planAll(ClusterSnapshot.of(shuffled, cluster.datastore()));

    for (NodePlan node : inOrder.nodes()) {
      assertThat(RENDERER.render(reordered.node(node.nodeName()).orElseThrow()).files())
          .as(node.nodeName())
          .containsExactlyEntriesOf(RENDERER.render(node).files());
    }
  }
}
