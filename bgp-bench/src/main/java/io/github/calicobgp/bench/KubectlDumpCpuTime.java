package io.github.calicobgp.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.calicobgp.api.manifest.Manifests;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The reads of {@link KubectlDumpBenchmark} timed by the CPU time of the whole process (the
 * reading thread, the collector's threads and the compiler's), alternating the v3 YAML and the
 * kubectl JSON dump in one JVM, for a machine so loaded that wall-clock times mostly measure
 * waiting for a core. Not a JMH benchmark; a complement to its figures. Usage: {@code java
 * -Xms2g -Xmx2g -cp benchmarks.jar io.github.calicobgp.bench.KubectlDumpCpuTime [nodes [runs]]}.
 */
public final class KubectlDumpCpuTime {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private KubectlDumpCpuTime() {}

  /**
   * Prints the median and mean CPU milliseconds of each read and their ratios.
   *
   * @param args the number of ordinary nodes (5000 when absent) and of measured runs (20)
   */
  public static void main(String[] args) {
    KubectlDumpBenchmark b = new KubectlDumpBenchmark();
    b.nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    b.setUp();
    int warmups = 4;
    double[] yaml = new double[runs];
    double[] json = new double[runs];
    long sink = 0;
    for (int i = -warmups; i < runs; i++) {
      long[] y = time(() -> Manifests.read(b.v3Yaml, "cluster.yaml").all().size());
      long[] j = time(() -> Manifests.read(b.kubectlJson, "dump.json").all().size());
      sink += y[1] + j[1];
      if (i >= 0) {
        yaml[i] = y[0] / 1e6;
        json[i] = j[0] / 1e6;
      }
    }
    double yMedian = median(yaml);
    double jMedian = median(json);
    double yMean = Arrays.stream(yaml).average().orElse(0);
    double jMean = Arrays.stream(json).average().orElse(0);
    System.out.printf("v3Yaml       median %8.1f ms CPU  mean %8.1f  (min %8.1f, max %8.1f)%n",
        yMedian, yMean, min(yaml), max(yaml));
    System.out.printf("kubectlJson  median %8.1f ms CPU  mean %8.1f  (min %8.1f, max %8.1f)%n",
        jMedian, jMean, min(json), max(json));
    System.out.printf("ratio        medians %.2f×  means %.2f×  (%d runs after %d warm-ups,"
        + " checksum %d)%n", jMedian / yMedian, jMean / yMean, runs, warmups, sink);
  }

  /**
   * The process CPU nanoseconds of one read and its result. No collection is forced: the
   * collections a read's garbage causes fall in the reads that follow, alternately of each kind,
   * so that the means share them fairly.
   */
  private static long[] time(Supplier<Integer> read) {
    long start = OS.getProcessCpuTime();
    int result = read.get();
    return new long[] {OS.getProcessCpuTime() - start, result};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
