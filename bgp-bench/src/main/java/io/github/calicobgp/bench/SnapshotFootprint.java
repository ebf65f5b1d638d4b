package io.github.calicobgp.bench;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Measures the heap a {@link ClusterSnapshot} of the reflector cluster retains, by reading the
 * used heap after forced full collections: before anything is built, with only the resources,
 * with the resources and their snapshot, with the snapshot alone (the resources dropped: what a
 * controller keeps between events), and with the snapshot alone after a {@code planAll} (which
 * memoises selector results in it). Each round starts from an empty heap; the median of the
 * rounds is printed last. Two sources of resources are measured: the fixture's objects, which
 * share equal strings (every node's {@code "linux"} label value is one object), and the same
 * cluster read back from its YAML, where each value is a string of its own, as in a controller.
 *
 * <p>Run with {@code java -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0 -cp
 * bgp-bench/target/benchmarks.jar io.github.calicobgp.bench.SnapshotFootprint [nodes] [rounds]}
 * (10,000 nodes, 5 rounds by default): the serial collector with no dead space allowed compacts
 * the whole heap on {@code System.gc()}, so the used heap it reports afterwards is what is
 * reachable. (With the default dead ratio it leaves up to 5% of the old generation as filler
 * arrays in three collections out of four, which shows as a round with ~10 MB too little.)
 */
public final class SnapshotFootprint {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final double MB = 1024 * 1024;

  /**
   * The heap, in bytes, that one round measured.
   *
   * @param resources the cluster's resources alone
   * @param snapshotOverResources what the snapshot adds while the resources are still held
   * @param snapshot the snapshot alone: everything reachable from it
   * @param snapshotAfterPlanAll the snapshot alone after a {@code planAll} over it
   */
  record Footprint(
      long resources, long snapshotOverResources, long snapshot, long snapshotAfterPlanAll) {

    String format() {
      return String.format(Locale.ROOT,
          "resources %7.1f MB   snapshot over resources %7.1f MB   snapshot alone %7.1f MB"
              + "   snapshot alone after planAll %7.1f MB",
          resources / MB, snapshotOverResources / MB, snapshot / MB, snapshotAfterPlanAll / MB);
    }
  }

  private SnapshotFootprint() {}

  /**
   * Prints each round's footprint of a snapshot of {@code args[0]} nodes, then the median, for
   * each source of resources.
   */
  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.out.printf(Locale.ROOT, "Retained heap of the reflector cluster with %d nodes"
        + " (+%d route reflectors), %s%n", nodes, BenchClusters.ROUTE_REFLECTORS,
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    // Loads the classes and fills any static cache before the first measurement.
    measure(() -> BenchClusters.reflectorCluster(100).resources());
    report("fixture objects", () -> BenchClusters.reflectorCluster(nodes).resources(), rounds);
    String yaml = BenchClusters.reflectorCluster(nodes).toYaml();
    report("read from YAML", () -> Manifests.read(yaml, "cluster.yaml"), rounds);
  }

  private static void report(String source, Supplier<ResourceSet> resources, int rounds) {
    System.out.println("Resources: " + source);
    List<Footprint> results = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Footprint footprint = measure(resources);
      results.add(footprint);
      System.out.printf(Locale.ROOT, "  round %d: %s%n", round, footprint.format());
    }
    System.out.printf(Locale.ROOT, "  median:  %s%n", median(results).format());
  }

  /** One round: makes the resources and their snapshot, reading the heap at each step. */
  static Footprint measure(Supplier<ResourceSet> source) {
    long empty = usedAfterGc();
    ResourceSet resources = source.get();
    long withResources = usedAfterGc();
    ClusterSnapshot snapshot = ClusterSnapshot.of(resources);
    long withBoth = usedAfterGc();
    Reference.reachabilityFence(resources);
    resources = null;
    long snapshotOnly = usedAfterGc();
    new PeeringEngine().planAll(snapshot);
    long afterPlanAll = usedAfterGc();
    Reference.reachabilityFence(snapshot);
    return new Footprint(withResources - empty, withBoth - withResources,
        snapshotOnly - empty, afterPlanAll - empty);
  }

  /**
   * The used heap once collections stop freeing anything: reference processing runs on its own
   * thread, so each collection is followed by a pause before the next reading.
   */
  private static long usedAfterGc() {
    long previous = Long.MAX_VALUE;
    long used = Long.MAX_VALUE - 1;
    for (int i = 0; i < 10 && used < previous; i++) {
      previous = used;
      System.gc();
      pause();
      used = MEMORY.getHeapMemoryUsage().getUsed();
    }
    return used;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring", e);
    }
  }

  private static Footprint median(List<Footprint> results) {
    return new Footprint(
        median(results, Footprint::resources),
        median(results, Footprint::snapshotOverResources),
        median(results, Footprint::snapshot),
        median(results, Footprint::snapshotAfterPlanAll));
  }

  private static long median(
      List<Footprint> results, ToLongFunction<Footprint> value) {
    List<Long> sorted = results.stream().map(value::applyAsLong)
        .sorted(Comparator.naturalOrder()).toList();
    return sorted.get(sorted.size() / 2);
  }
}
