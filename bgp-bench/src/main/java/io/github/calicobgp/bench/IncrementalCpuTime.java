package io.github.calicobgp.bench;

import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The operations of {@link IncrementalBenchmark} timed by the CPU time of the thread that runs
 * them (median of many), for a machine so loaded that wall-clock times mostly measure waiting for
 * a core. Not a JMH benchmark: no forks, no blackholes beyond summing the results; a complement to
 * JMH's figures, not a replacement. Usage: {@code java -cp benchmarks.jar
 * io.github.calicobgp.bench.IncrementalCpuTime [nodes]}.
 */
public final class IncrementalCpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private IncrementalCpuTime() {}

  /**
   * Prints the median CPU milliseconds of each operation.
   *
   * @param args the number of ordinary nodes, 10000 when absent
   */
  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    IncrementalBenchmark.Cluster cluster = new IncrementalBenchmark.Cluster();
    cluster.nodes = nodes;
    cluster.setUp();
    IncrementalBenchmark benchmark = new IncrementalBenchmark();
    long sink = 0;
    sink += report("relabelNode", 200, 100, () -> benchmark.relabelNode(cluster), () -> { });
    sink += report("editRackPeer", 100, 50, () -> benchmark.editRackPeer(cluster), () -> { });
    sink += report("addNode", 40, 30, () -> benchmark.addNode(cluster, null),
        () -> cluster.state.apply(ResourceEvent.delete(ResourceKey.of(cluster.added))));
    sink += report("deleteNode", 40, 30, () -> benchmark.deleteNode(cluster, null),
        () -> cluster.state.apply(ResourceEvent.upsert(cluster.deleted)));
    sink += report("changeConfiguration", 6, 9, () -> benchmark.changeConfiguration(cluster),
        () -> { });
    sink += report("fullRebuild", 6, 9, () -> benchmark.fullRebuild(cluster), () -> { });
    System.out.println("(checksum " + sink + ")");
  }

  private static long report(String name, int warmups, int runs, LongSupplier op, Runnable undo) {
    long sink = 0;
    for (int i = 0; i < warmups; i++) {
      sink += op.getAsLong();
      undo.run();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      sink += op.getAsLong();
      millis[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
      undo.run();
    }
    Arrays.sort(millis);
    System.out.printf("%-20s median %8.3f ms CPU  (min %8.3f, max %8.3f, %d runs)%n",
        name, millis[runs / 2], millis[0], millis[runs - 1], runs);
    return sink;
  }
}
