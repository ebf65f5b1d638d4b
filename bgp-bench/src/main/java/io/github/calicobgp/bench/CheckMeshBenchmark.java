package io.github.calicobgp.bench;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.peering.diagnostics.Diagnostics;
import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@code calico-bgp check} and {@code calico-bgp sessions} compute on a full mesh
 * ({@link BenchClusters#mesh(int)}: n(n-1)/2 sessions), within a 1 GB heap: planning every node,
 * the diagnostics of the plan, and walking every session of its graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CheckMeshBenchmark {

  /** Nodes in the mesh. */
  @Param({"1000", "2000", "5000"})
  public int nodes;

  ClusterSnapshot snapshot;
  PeeringEngine engine;
  ClusterPlan plan;

  /** Builds the mesh, its snapshot and its plan. */
  @Setup
  public void setUp() {
    CalicoCluster cluster = BenchClusters.mesh(nodes);
    snapshot = cluster.snapshot();
    engine = new PeeringEngine(cluster.peeringOptions());
    plan = engine.planAll(snapshot);
  }

  /** Every node planned, then the diagnostics: {@code check} after reading its input. */
  @Benchmark
  public List<Finding> planAndCheck() {
    return Diagnostics.of(engine.planAll(snapshot));
  }

  /** The diagnostics of the plan alone. */
  @Benchmark
  public List<Finding> check() {
    return Diagnostics.of(plan);
  }

  /** The session graph, and every node-to-node session walked once: {@code sessions}' rows. */
  @Benchmark
  public void sessions(Blackhole blackhole) {
    for (Session session : SessionGraph.of(plan).nodeToNodeSessions()) {
      blackhole.consume(session);
    }
  }
}
