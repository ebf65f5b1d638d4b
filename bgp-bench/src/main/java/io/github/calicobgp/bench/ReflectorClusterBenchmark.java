package io.github.calicobgp.bench;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole reflector cluster (see {@link BenchClusters#reflectorCluster}): every node planned,
 * then also rendered, as a controller recomputing the cluster on every event would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReflectorClusterBenchmark {

  /** Ordinary nodes (the cluster also has three route reflectors). */
  @Param({"1000", "10000"})
  public int nodes;

  ResourceSet resources;
  ClusterSnapshot snapshot;
  PeeringEngine engine;
  BirdRenderer renderer;

  /** Builds the cluster and its snapshot. */
  @Setup
  public void setUp() {
    CalicoCluster cluster = BenchClusters.reflectorCluster(nodes);
    resources = cluster.resources();
    snapshot = cluster.snapshot();
    engine = new PeeringEngine(cluster.peeringOptions());
    renderer = new BirdRenderer();
  }

  /** Every node's plan. */
  @Benchmark
  public ClusterPlan planAll() {
    return engine.planAll(snapshot);
  }

  /** Every node's plan and BIRD files; returns the bytes rendered. */
  @Benchmark
  public long planAndRenderAll() {
    return renderAll(engine.planAll(snapshot));
  }

  /** A whole event: a new snapshot of the resources, then every node planned and rendered. */
  @Benchmark
  public long snapshotPlanAndRenderAll() {
    return renderAll(engine.planAll(ClusterSnapshot.of(resources)));
  }

  private long renderAll(ClusterPlan plan) {
    long bytes = 0;
    for (NodePlan node : plan.nodes()) {
      bytes += BirdText.size(renderer.render(node));
    }
    return bytes;
  }
}
