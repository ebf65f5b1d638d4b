package io.github.calicobgp.bench;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One node of a full mesh (by default 1,000 nodes, so 999 peers): planning it alone, rendering
 * its plan, and both, as confd does for its own node on every change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MeshBenchmark {

  /** Nodes in the mesh. */
  @Param({"1000"})
  public int nodes;

  /** The node planned and rendered, in the middle of the mesh ({@code node-500} of 1,000). */
  String node;
  ClusterSnapshot snapshot;
  PeeringEngine engine;
  BirdRenderer renderer;
  NodePlan plan;

  /** Builds the mesh, its snapshot and the node's plan (the input of {@link #render}). */
  @Setup
  public void setUp() {
    CalicoCluster cluster = BenchClusters.mesh(nodes);
    node = "node-" + nodes / 2;
    snapshot = cluster.snapshot();
    engine = new PeeringEngine(cluster.peeringOptions());
    renderer = new BirdRenderer();
    plan = engine.plan(snapshot, node);
  }

  /** The node's plan, computed from the snapshot without planning any other node. */
  @Benchmark
  public NodePlan plan() {
    return engine.plan(snapshot, node);
  }

  /** The six BIRD files of the node's plan. */
  @Benchmark
  public BirdConfig render() {
    return renderer.render(plan);
  }

  /** Plan and render: one node's whole recomputation. */
  @Benchmark
  public BirdConfig planAndRender() {
    return renderer.render(engine.plan(snapshot, node));
  }

  /**
   * Rendering throughput: the bytes of BIRD text rendered per second are reported as the
   * secondary result {@code renderThroughput:bytes} (in "ops/s", each op a byte).
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public BirdConfig renderThroughput(RenderedBytes rendered) {
    BirdConfig config = renderer.render(plan);
    rendered.bytes += BirdText.size(config);
    return config;
  }

  /** Counts the bytes rendered in each iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class RenderedBytes {

    /** Bytes of BIRD text rendered so far in this iteration. */
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }
}
