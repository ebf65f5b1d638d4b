package io.github.calicobgp.bench;

import io.github.calicobgp.api.selector.Selector;
import java.util.Map;
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
 * {@link Selector#matches} for the selectors BGPPeers typically carry, against the labels of one
 * ordinary node of the 1,000-node reflector cluster (node {@code node-250}, in {@code rack-7},
 * with Kubernetes' usual node labels): the per-node cost that {@code plan} pays for each
 * node-scoped BGPPeer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SelectorBenchmark {

  /** The node whose labels are matched. */
  static final String NODE = "node-250";

  /** The selector text. */
  @Param({
      "has(route-reflector)",
      "rack == 'rack-7'",
      "rack in {'rack-6', 'rack-7', 'rack-8'} && !has(route-reflector)",
      "all()"})
  public String selector;

  Selector parsed;
  Map<String, String> labels;

  /** Parses the selector and reads the node's labels from the cluster's snapshot. */
  @Setup
  public void setUp() {
    parsed = Selector.parse(selector);
    labels = BenchClusters.reflectorCluster(1000).snapshot().labels(NODE);
  }

  /** One evaluation. */
  @Benchmark
  public boolean matches() {
    return parsed.matches(labels);
  }
}
