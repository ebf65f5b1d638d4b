package io.github.calicobgp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.validation.ClusterValidator;
import io.github.calicobgp.api.validation.Violation;
import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.FilterRef;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * Each benchmark's setup builds a valid cluster of the intended shape, and each benchmark method
 * returns a sane result, at sizes small enough not to slow the build. No benchmark is timed here.
 */
class BenchmarkSetupTest {

  @Test
  void theMeshIsValidAndEveryNodeHasAllOthersAsPeers() {
    CalicoCluster mesh = BenchClusters.mesh(20);

    assertThat(violations(mesh)).isEmpty();
    assertThat(mesh.plan().nodes())
        .allSatisfy(plan -> assertThat(plan.peers()).hasSize(19)
            .allSatisfy(peer -> assertThat(peer.kind()).isEqualTo(PeerKind.MESH)));
  }

  @Test
  void theReflectorClusterIsValidAndShapedAsDocumented() {
    CalicoCluster cluster = BenchClusters.reflectorCluster(100);

    assertThat(violations(cluster)).isEmpty();
    ClusterPlan plan = cluster.plan();
    assertThat(plan.size()).isEqualTo(103);
    assertThat(plan.shadowedPeers()).isEmpty();

    NodePlan client = plan.node("node-45").orElseThrow();
    assertThat(client.peers()).extracting(Peer::remoteNodeName)
        .containsExactlyInAnyOrder("rr-1", "rr-2", "rr-3", null);
    Peer tor = client.peers().stream().filter(p -> p.remoteNodeName() == null).findFirst()
        .orElseThrow();
    assertThat(tor.address()).hasToString(BenchClusters.torAddress(2));
    assertThat(tor.remoteAS().value()).isEqualTo(65002);
    assertThat(tor.exportFilters()).extracting(FilterRef::filterName)
        .containsExactly(BenchClusters.PODS_ONLY);
    assertThat(tor.importFilters()).extracting(FilterRef::filterName)
        .containsExactly(BenchClusters.NO_DEFAULT_ROUTE);
    assertThat(client.bgpFilters()).hasSize(3);

    NodePlan reflector = plan.node("rr-1").orElseThrow();
    assertThat(reflector.peers()).hasSize(100 + 2);
    assertThat(reflector.peers()).filteredOn(p -> p.routeReflectorClusterId() != null)
        .hasSize(100);
  }

  @Test
  void racksHoldFortyNodesEach() {
    assertThat(BenchClusters.racks(1000)).isEqualTo(25);
    assertThat(BenchClusters.racks(10_000)).isEqualTo(250);
    assertThat(BenchClusters.rackOf(40)).isEqualTo(1);
    assertThat(BenchClusters.rackOf(41)).isEqualTo(2);
    assertThat(BenchClusters.torAddress(250)).isEqualTo("10.98.0.250");
    assertThat(BenchClusters.torAddress(256)).isEqualTo("10.98.1.0");
  }

  @Test
  void everySelectorOfTheSelectorBenchmarkParsesAndMatchesAsExpected() throws Exception {
    String[] selectors =
        SelectorBenchmark.class.getField("selector").getAnnotation(Param.class).value();
    List<Boolean> results = new ArrayList<>();
    for (String selector : selectors) {
      SelectorBenchmark benchmark = new SelectorBenchmark();
      benchmark.selector = selector;
      benchmark.setUp();
      results.add(benchmark.matches());
    }

    assertThat(results).containsExactly(false, true, true, true);
  }

  @Test
  void snapshotBenchmarkIndexesEveryNode() {
    SnapshotBenchmark benchmark = new SnapshotBenchmark();
    benchmark.nodes = 50;
    benchmark.setUp();

    assertThat(benchmark.snapshot().nodeNames()).hasSize(53);
  }

  @Test
  void meshBenchmarkPlansAndRendersTheMiddleNode() {
    MeshBenchmark benchmark = new MeshBenchmark();
    benchmark.nodes = 20;
    benchmark.setUp();

    assertThat(benchmark.plan().nodeName()).isEqualTo("node-10");
    assertThat(benchmark.plan().peers()).hasSize(19);
    BirdConfig config = benchmark.planAndRender();
    assertThat(config.file("bird.cfg")).contains("protocol bgp Mesh_10_99_0_21 from bgp_template");
    assertThat(benchmark.render().files()).isEqualTo(config.files());
    MeshBenchmark.RenderedBytes rendered = new MeshBenchmark.RenderedBytes();
    benchmark.renderThroughput(rendered);
    assertThat(rendered.bytes).isEqualTo(BirdText.size(config)).isPositive();
  }

  @Test
  void checkMeshBenchmarkFindsOnlyTheMeshTooLarge() {
    CheckMeshBenchmark benchmark = new CheckMeshBenchmark();
    benchmark.nodes = 120;
    benchmark.setUp();

    assertThat(benchmark.check()).extracting(f -> f.code().name())
        .containsExactly("MESH_TOO_LARGE");
    assertThat(benchmark.planAndCheck()).isEqualTo(benchmark.check());
    assertThat(benchmark.check().get(0).message()).contains("120 nodes and 7140 IPv4 sessions");
  }

  @Test
  void meshClusterFileWritesTheMeshAsYaml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("mesh.yaml");
    MeshClusterFile.main(new String[] {"30", file.toString()});

    assertThat(java.nio.file.Files.readString(file)).isEqualTo(BenchClusters.mesh(30).toYaml());
  }

  @Test
  void reflectorClusterBenchmarkPlansAndRendersEveryNode() {
    ReflectorClusterBenchmark benchmark = new ReflectorClusterBenchmark();
    benchmark.nodes = 80;
    benchmark.setUp();

    assertThat(benchmark.planAll().size()).isEqualTo(83);
    long bytes = benchmark.planAndRenderAll();
    assertThat(bytes).isPositive();
    assertThat(benchmark.snapshotPlanAndRenderAll()).isEqualTo(bytes);
  }

  private static List<Violation> violations(CalicoCluster cluster) {
    Validator validator = new Validator();
    List<Violation> violations = new ArrayList<>();
    for (Resource resource : cluster.resources().all()) {
      violations.addAll(validator.validate(resource));
    }
    violations.addAll(new ClusterValidator().validate(cluster.resources().all()));
    return violations;
  }

  @Test
  void eachIncrementalEventChangesTheNodesItIsMeantTo() {
    IncrementalBenchmark.Cluster cluster = new IncrementalBenchmark.Cluster();
    cluster.nodes = 200;
    cluster.setUp();
    IncrementalBenchmark benchmark = new IncrementalBenchmark();

    assertThat(changed(cluster, () -> benchmark.addNode(cluster, null)))
        .containsExactly("node-new", "rr-1", "rr-2", "rr-3");
    cluster.state.apply(io.github.calicobgp.peering.ResourceEvent.delete(
        io.github.calicobgp.peering.ResourceKey.of(cluster.added)));
    assertThat(changed(cluster, () -> benchmark.deleteNode(cluster, null)))
        .containsExactly("node-100", "rr-1", "rr-2", "rr-3");
    assertThat(changed(cluster, () -> benchmark.relabelNode(cluster))).containsExactly("node-101");
    assertThat(changed(cluster, () -> benchmark.editRackPeer(cluster))).hasSize(40);
    assertThat(changed(cluster, () -> benchmark.changeConfiguration(cluster))).hasSize(202);
    assertThat(benchmark.fullRebuild(cluster)).isPositive();
  }

  private static List<String> changed(IncrementalBenchmark.Cluster cluster, Runnable event) {
    ClusterPlan before = cluster.state.plan();
    event.run();
    ClusterPlan after = cluster.state.plan();
    List<String> names = new ArrayList<>(before.snapshot().nodeNames());
    after.snapshot().nodeNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
    return names.stream().filter(n -> !before.node(n).equals(after.node(n))).sorted().toList();
  }
}
