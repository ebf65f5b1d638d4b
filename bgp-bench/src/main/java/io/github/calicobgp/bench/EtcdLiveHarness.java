package io.github.calicobgp.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.PutOption;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.etcd.EtcdSource;
import io.github.calicobgp.peering.ChangeSet;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.LiveCluster;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Times the etcd source end to end against a real, local etcd (which JMH cannot drive: the work
 * is across processes): the initial list of {@link BenchClusters#reflectorCluster} into an
 * in-sync {@link LiveCluster}, and the latency from one etcd put to the change set handed to a
 * subscriber. Usage: {@code java -cp benchmarks.jar io.github.calicobgp.bench.EtcdLiveHarness
 * [NODES [LISTS [PUTS]]]} (defaults 10000, 5, 300). Needs {@code etcd} on the PATH.
 */
public final class EtcdLiveHarness {

  private EtcdLiveHarness() {}

  /**
   * Runs the measurements and prints them.
   *
   * @param args nodes, list repetitions, puts
   * @throws Exception when etcd cannot be started or written
   */
  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int lists = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int puts = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    List<Resource> resources = new ArrayList<>();
    for (Resource r : BenchClusters.reflectorCluster(nodes).resources().all()) {
      if (r.apiVersion().startsWith("projectcalico.org")) {
        resources.add(r);
      }
    }
    List<Node> nodeList = resources.stream().filter(Node.class::isInstance).map(Node.class::cast)
        .filter(n -> n.metadata().nameOrEmpty().startsWith("node-")).toList();
    Path binary = EtcdServer.locate().orElseThrow(() -> new IllegalStateException("no etcd on PATH"));
    try (EtcdServer etcd = EtcdServer.start(binary);
        Client client = Client.builder().endpoints(etcd.endpoint()).build()) {
      load(client.getKVClient(), resources);
      System.out.printf(Locale.ROOT, "%d resources (%d nodes) in etcd%n", resources.size(), nodes);
      calibrate(resources);
      DatastoreConfig config = DatastoreConfig.etcd(List.of(etcd.endpoint()));
      PeeringEngine engine = new PeeringEngine();
      double[] listMs = new double[lists];
      for (int i = 0; i < lists; i++) {
        long start = System.nanoTime();
        try (LiveCluster live = new LiveCluster(new EtcdSource(config), engine).start()) {
          if (!live.awaitInSync(Duration.ofMinutes(2))) {
            throw new IllegalStateException("not in sync");
          }
          listMs[i] = (System.nanoTime() - start) / 1e6;
          if (live.state().resources().size() != resources.size()) {
            throw new IllegalStateException("state holds " + live.state().resources().size());
          }
        }
        System.out.printf(Locale.ROOT, "initial list %d: %.0f ms%n", i + 1, listMs[i]);
      }
      Arrays.sort(listMs);
      System.out.printf(Locale.ROOT, "initial list into an in-sync state: median %.0f ms, max %.0f ms%n",
          listMs[lists / 2], listMs[lists - 1]);

      try (LiveCluster live = new LiveCluster(new EtcdSource(config), engine).start()) {
        live.awaitInSync(Duration.ofMinutes(2));
        SynchronousQueue<ChangeSet> delivered = new SynchronousQueue<>();
        live.subscribe((changes, inSync) -> {
          try {
            delivered.put(changes);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        KV kv = client.getKVClient();
        int warmup = Math.min(50, puts / 5);
        double[] latency = new double[puts];
        double[] acknowledged = new double[puts];
        int changedNodes = 0;
        for (int i = -warmup; i < puts; i++) {
          Resource r = change(i, nodes, nodeList);
          byte[] key = EtcdLayout.keyOf(r).getBytes(StandardCharsets.UTF_8);
          byte[] value = EtcdLayout.valueOf(r);
          long start = System.nanoTime();
          kv.put(ByteSequence.from(key), ByteSequence.from(value)).get(10, TimeUnit.SECONDS);
          long acked = System.nanoTime();
          ChangeSet changes = delivered.poll(30, TimeUnit.SECONDS);
          long end = System.nanoTime();
          if (changes == null) {
            throw new IllegalStateException("no change set for put " + i);
          }
          if (i >= 0) {
            latency[i] = (end - start) / 1e6;
            acknowledged[i] = (acked - start) / 1e6;
            changedNodes += changes.nodes().size();
          }
        }
        Arrays.sort(latency);
        System.out.printf(Locale.ROOT, "put -> change set (%d puts, %d nodes changed in all): "
                + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            puts, changedNodes, pct(latency, 0.50), pct(latency, 0.90), pct(latency, 0.99),
            latency[puts - 1]);
        Arrays.sort(acknowledged);
        System.out.printf(Locale.ROOT, "of which etcd's answer to the put (its commit): "
                + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            pct(acknowledged, 0.50), pct(acknowledged, 0.90), pct(acknowledged, 0.99),
            acknowledged[puts - 1]);
      }
    }
  }

  /** Alternately a new pod block for a node, and a new label on a node (no plan changes). */
  private static Resource change(int i, int nodes, List<Node> nodeList) {
    int n = Math.floorMod(i * 7919, nodes) + 1;
    if (Math.floorMod(i, 2) == 0) {
      int block = Math.floorMod(i, 64);
      return Manifests.read("apiVersion: projectcalico.org/v3\nkind: BlockAffinity\n"
          + "metadata: {name: x}\nspec: {state: confirmed, node: node-" + n + ", cidr: 10.200."
          + (n % 256) + "." + (block * 4) + "/30, deleted: false}\n", "change").all().get(0);
    }
    Node node = nodeList.get(n - 1);
    Map<String, String> labels = new TreeMap<>(node.metadata().labels());
    labels.put("bench-generation", Integer.toString(i));
    ObjectMeta m = node.metadata();
    return new Node(new ObjectMeta(m.name(), m.generateName(), m.namespace(), m.uid(),
        m.resourceVersion(), m.generation(), m.creationTimestamp(), m.deletionTimestamp(), labels,
        m.annotations(), m.ownerReferences(), m.finalizers()), node.spec(), node.status());
  }

  /**
   * What the machine does meanwhile, to read the figures against: decoding every value once
   * (as the list does), and one from-scratch plan of the cluster (as each batch costs while
   * {@code ClusterState} replans everything).
   */
  private static void calibrate(List<Resource> resources) {
    List<String> keys = new ArrayList<>();
    List<byte[]> values = new ArrayList<>();
    for (Resource r : resources) {
      keys.add(EtcdLayout.keyOf(r));
      values.add(EtcdLayout.valueOf(r));
    }
    PeeringEngine engine = new PeeringEngine();
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < keys.size(); i++) {
        EtcdLayout.decode(keys.get(i), values.get(i));
      }
      long decoded = System.nanoTime();
      engine.planAll(ClusterSnapshot.of(resources));
      long planned = System.nanoTime();
      System.out.printf(Locale.ROOT, "calibration %d: decode all values %.0f ms, snapshot + planAll"
          + " %.0f ms%n", round, (decoded - start) / 1e6, (planned - decoded) / 1e6);
    }
  }

  private static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static void load(KV kv, List<Resource> resources) throws Exception {
    List<Op> ops = new ArrayList<>();
    for (Resource r : resources) {
      ops.add(Op.put(ByteSequence.from(EtcdLayout.keyOf(r), StandardCharsets.UTF_8),
          ByteSequence.from(EtcdLayout.valueOf(r)), PutOption.DEFAULT));
      if (ops.size() == 100) {
        kv.txn().Then(ops.toArray(Op[]::new)).commit().get(30, TimeUnit.SECONDS);
        ops.clear();
      }
    }
    if (!ops.isEmpty()) {
      kv.txn().Then(ops.toArray(Op[]::new)).commit().get(30, TimeUnit.SECONDS);
    }
  }
}
