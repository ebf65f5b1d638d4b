package io.github.calicobgp.bench;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ChangeSet;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ClusterState;
import io.github.calicobgp.peering.NodeChange;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One event on the reflector cluster (see {@link BenchClusters#reflectorCluster}) handled by a
 * {@link ClusterState}: one operation applies the event (a new snapshot derived from the old one,
 * the affected nodes planned again, the change set), renders the BIRD files of every node whose
 * plan changed, and computes the typed difference of each. {@link #fullRebuild} is the same kind
 * of event handled as a consumer without incremental state would: a snapshot of every resource,
 * {@code planAll}, every node rendered.
 *
 * <p>Events: {@code addNode} adds a node to rack 1 (removed again after each operation, outside
 * the measurement), {@code deleteNode} deletes one (added back likewise), {@code relabelNode}
 * moves a node between two racks, {@code editRackPeer} changes the AS of a rack's top-of-rack
 * BGPPeer (the rack's 40 nodes change), {@code changeConfiguration} switches the default
 * BGPConfiguration's log level (every node changes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class IncrementalBenchmark {

  /** The cluster and a state over it, for one benchmark's trial. */
  @State(Scope.Benchmark)
  public static class Cluster {

    /** Ordinary nodes (the cluster also has three route reflectors). */
    @Param({"1000", "10000"})
    public int nodes;

    ClusterState state;
    List<Resource> resources;
    PeeringEngine engine;
    BirdRenderer renderer;
    Node added;
    Node deleted;
    Node[] relabelled;
    BGPPeer[] rackPeer;
    BGPConfiguration[] configuration;
    private final java.util.IdentityHashMap<Object[], int[]> flips = new java.util.IdentityHashMap<>();

    /** Builds the cluster, its state and the events. */
    @Setup(Level.Trial)
    public void setUp() {
      CalicoCluster cluster = BenchClusters.reflectorCluster(nodes);
      resources = new ArrayList<>(cluster.resources().all());
      engine = new PeeringEngine(cluster.peeringOptions());
      renderer = new BirdRenderer();
      Map<String, Resource> byName = new LinkedHashMap<>();
      for (Resource resource : resources) {
        byName.put(ResourceKey.of(resource).toString(), resource);
      }
      Node first = (Node) byName.get("Node/node-1");
      added = new Node(ObjectMeta.named("node-new", first.metadata().labels()),
          NodeSpec.ofBgp(new NodeSpec.BGP(null, "10.99.200.1/16", null, null, null)));
      deleted = (Node) byName.get("Node/node-" + (nodes / 2));
      Node moving = (Node) byName.get("Node/node-" + (nodes / 2 + 1));
      int rack = BenchClusters.rackOf(nodes / 2 + 1);
      relabelled = new Node[] {relabel(moving, BenchClusters.rackName(rack)),
          relabel(moving, BenchClusters.rackName(rack + 1))};
      BGPPeer tor = (BGPPeer) byName.get("BGPPeer/" + BenchClusters.rackName(2) + "-tor");
      rackPeer = new BGPPeer[] {tor,
          new BGPPeer(tor.metadata(), tor.spec().toBuilder().asNumber(ASNumber.of(65500)).build())};
      BGPConfiguration global = (BGPConfiguration) byName.get("BGPConfiguration/default");
      configuration = new BGPConfiguration[] {
          new BGPConfiguration(global.metadata(),
              global.spec().toBuilder().logSeverityScreen("Info").build()),
          new BGPConfiguration(global.metadata(),
              global.spec().toBuilder().logSeverityScreen("Debug").build())};
      state = ClusterState.of(resources, engine);
    }

    private static Node relabel(Node node, String rack) {
      Map<String, String> labels = new LinkedHashMap<>(node.metadata().labels());
      labels.put(BenchClusters.RACK_LABEL, rack);
      return new Node(ObjectMeta.named(node.metadata().nameOrEmpty(), labels), node.spec());
    }

    /**
     * The next of two versions, so that every operation is a change: the second first (the first
     * is the cluster's own), then the first, and so on.
     */
    <T> T next(T[] versions) {
      int[] flip = flips.computeIfAbsent(versions, v -> new int[1]);
      flip[0] ^= 1;
      return versions[flip[0]];
    }

    /** Applies the event, renders the changed nodes, computes their differences. */
    long handle(ResourceEvent event) {
      ChangeSet changes = state.apply(event);
      long bytes = 0;
      for (NodeChange change : changes.nodes()) {
        if (change.after() != null) {
          bytes += BirdText.size(renderer.render(change.after()));
        }
      }
      return bytes + changes.differences().size();
    }
  }

  /** Removes the node {@link #addNode} added, outside the measurement. */
  @State(Scope.Benchmark)
  public static class AddedNode {
    /** Deletes the node again. */
    @TearDown(Level.Invocation)
    public void remove(Cluster cluster) {
      cluster.state.apply(ResourceEvent.delete(ResourceKey.of(cluster.added)));
    }
  }

  /** Restores the node {@link #deleteNode} deleted, outside the measurement. */
  @State(Scope.Benchmark)
  public static class DeletedNode {
    /** Adds the node back. */
    @TearDown(Level.Invocation)
    public void restore(Cluster cluster) {
      cluster.state.apply(ResourceEvent.upsert(cluster.deleted));
    }
  }

  /** A new node in rack 1: it and the three reflectors change. */
  @Benchmark
  public long addNode(Cluster cluster, AddedNode undo) {
    return cluster.handle(ResourceEvent.upsert(cluster.added));
  }

  /** A node deleted: the three reflectors change. */
  @Benchmark
  public long deleteNode(Cluster cluster, DeletedNode undo) {
    return cluster.handle(ResourceEvent.delete(ResourceKey.of(cluster.deleted)));
  }

  /** A node moved to another rack: it gets the other rack's top-of-rack router. */
  @Benchmark
  public long relabelNode(Cluster cluster) {
    return cluster.handle(ResourceEvent.upsert(cluster.next(cluster.relabelled)));
  }

  /** A rack's top-of-rack BGPPeer gets another AS number: the rack's 40 nodes change. */
  @Benchmark
  public long editRackPeer(Cluster cluster) {
    return cluster.handle(ResourceEvent.upsert(cluster.next(cluster.rackPeer)));
  }

  /** The default BGPConfiguration's log level switched: every node changes. */
  @Benchmark
  public long changeConfiguration(Cluster cluster) {
    return cluster.handle(ResourceEvent.upsert(cluster.next(cluster.configuration)));
  }

  /**
   * The consumer-style baseline: a node moved to another rack, handled by a snapshot of every
   * resource, {@code planAll} and every node rendered.
   */
  @Benchmark
  public long fullRebuild(Cluster cluster) {
    Node moved = cluster.next(cluster.relabelled);
    List<Resource> resources = cluster.resources;
    for (int i = 0; i < resources.size(); i++) {
      if (resources.get(i) instanceof Node node
          && node.metadata().nameOrEmpty().equals(moved.metadata().nameOrEmpty())) {
        resources.set(i, moved);
      }
    }
    ClusterPlan plan = cluster.engine.planAll(ClusterSnapshot.of(resources));
    long bytes = 0;
    for (NodePlan node : plan.nodes()) {
      bytes += BirdText.size(cluster.renderer.render(node));
    }
    return bytes;
  }
}
