package io.github.calicobgp.bench;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.peering.ClusterSnapshot;
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
 * {@link ClusterSnapshot#of(ResourceSet)} over the resources of the reflector cluster (see {@link
 * BenchClusters#reflectorCluster}): nodes, their pod blocks, BGPPeers and BGPFilters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SnapshotBenchmark {

  /** Ordinary nodes (the cluster also has three route reflectors). */
  @Param({"1000", "10000"})
  public int nodes;

  ResourceSet resources;

  /** Builds the cluster's resources. */
  @Setup
  public void setUp() {
    resources = BenchClusters.reflectorCluster(nodes).resources();
  }

  /** One snapshot, indexed. */
  @Benchmark
  public ClusterSnapshot snapshot() {
    return ClusterSnapshot.of(resources);
  }
}
