package io.github.calicobgp.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ClusterState;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.testkit.arbitraries.CalicoArbitraries;
import io.github.calicobgp.testkit.arbitraries.ClusterDesign;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The corners of confd's behaviour ({@link FidelityCorners}: ports in peerIP, BGPPeers with only
 * node, node BGPConfigurations with {@code []}, Services without optional fields, both stored
 * forms) against the invariants that do not depend on them: writing and reading back, and
 * planning incrementally as they arrive one by one.
 */
class CornerProperties {

  @Provide
  Arbitrary<ClusterDesign> designs() {
    return CalicoArbitraries.clusterDesigns(6)
        .filter(design -> !design.corners().isNone());
  }

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return designs().map(ClusterDesign::build);
  }

  /** {@code []} stays apart from absent through the YAML writer and reader, and so do plans. */
  @Property(tries = 60)
  void aClusterWithCornersReadsBackFromYamlWithTheSamePlans(
      @ForAll("clusters") CalicoCluster cluster) {
    List<Resource> read = Manifests.read(cluster.toYaml(), "corners.yaml").all();

    assertThat(read).isEqualTo(cluster.resources().all());
    PeeringEngine engine = new PeeringEngine(cluster.peeringOptions());
    assertThat(engine.planAll(ClusterSnapshot.of(read, cluster.datastore())).nodes())
        .isEqualTo(cluster.plan().nodes());
  }

  /**
   * A cluster's state that receives the corners one resource at a time (the default
   * BGPConfiguration replaced, BGPPeers, node BGPConfigurations, Services and EndpointSlices
   * added), then loses them again, plans every node as the engine does from scratch after each
   * event. The state plans the Kubernetes datastore's stored form, as calico-node on it does.
   */
  @Property(tries = 60)
  void incrementalPlansEqualPlanningFromScratchAsCornersComeAndGo(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster plain = design.withCorners(FidelityCorners.NONE).build();
    CalicoCluster cornered = design.build();
    PeeringEngine engine = new PeeringEngine(cornered.peeringOptions());
    Map<ResourceKey, Resource> before = byKey(plain.resources().all());
    Map<ResourceKey, Resource> after = byKey(cornered.resources().all());
    List<Resource> arriving = new ArrayList<>();
    after.forEach((key, resource) -> {
      if (!Objects.equals(before.get(key), resource)) {
        arriving.add(resource);
      }
    });
    Statistics.collect(arriving.size() < 4 ? "fewer than 4 corner resources" : "4 or more");

    ClusterState state = ClusterState.of(plain.resources().all(), engine);
    for (Resource resource : arriving) {
      state.apply(ResourceEvent.upsert(resource));
      assertSamePlans(state, engine, "after " + ResourceKey.of(resource));
    }
    for (int i = arriving.size() - 1; i >= 0; i--) {
      ResourceKey key = ResourceKey.of(arriving.get(i));
      Resource original = before.get(key);
      state.apply(original == null ? ResourceEvent.delete(key) : ResourceEvent.upsert(original));
      assertSamePlans(state, engine, "after undoing " + key);
    }
    assertThat(state.plan().nodes()).isEqualTo(engine.planAll(plain.snapshot()).nodes());
  }

  private static void assertSamePlans(ClusterState state, PeeringEngine engine, String when) {
    ClusterPlan fromScratch = engine.planAll(ClusterSnapshot.of(state.resources()));
    assertThat(List.copyOf(state.plan().nodes())).as(when)
        .isEqualTo(List.copyOf(fromScratch.nodes()));
  }

  private static Map<ResourceKey, Resource> byKey(List<Resource> resources) {
    Map<ResourceKey, Resource> map = new LinkedHashMap<>();
    resources.forEach(r -> map.put(ResourceKey.of(r), r));
    return map;
  }
}
