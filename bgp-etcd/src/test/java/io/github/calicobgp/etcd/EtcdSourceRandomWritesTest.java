package io.github.calicobgp.etcd;

import static io.github.calicobgp.etcd.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 500 random writes (puts and deletes of every kind the source reads) against a real etcd while
 * the source watches: the state after the watch equals a from-scratch read of the final keys,
 * and every batch's change set equals the diff of from-scratch plans before and after it.
 */
class EtcdSourceRandomWritesTest {

  private static final int WRITES = 500;
  private static final int NODES = 6;

  @Test
  void everyChangeSetIsTheFromScratchDiffAndTheEndStateTheFromScratchRead() throws Exception {
    long seed = Long.getLong("etcd.random.seed", 20261202L);
    Random random = new Random(seed);
    try (EtcdServer etcd = EtcdServer.startOrSkip();
        EtcdTestClient writer = new EtcdTestClient(etcd.endpoint())) {
      RecordingListener listener = new RecordingListener(true);
      try (EtcdSource source = new EtcdSource(EtcdTestClient.config(etcd.endpoint()))) {
        for (int i = 0; i < 3; i++) {
          writer.put(node(random, i));
        }
        source.start(listener);
        assertThat(await(() -> listener.inSyncCount == 1, Duration.ofSeconds(30))).isTrue();
        List<String> kinds = new ArrayList<>();
        for (int w = 0; w < WRITES; w++) {
          Resource r = resource(random);
          kinds.add(r.kind());
          if (random.nextInt(10) < 3) {
            writer.delete(r);
          } else {
            writer.put(r);
          }
        }
        List<Resource> expected = writer.readAll();
        assertThat(await(() -> EtcdSourceTest.sameResources(listener.resources(), expected),
            Duration.ofSeconds(60))).as("seed %d", seed).isTrue();
        assertThat(listener.state.resources()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(listener.problems).as("seed %d", seed).isEmpty();
        assertThat(kinds).contains("Node", "BGPPeer", "BGPConfiguration", "BGPFilter", "IPPool",
            "BlockAffinity", "WorkloadEndpoint");
        assertThat(listener.batches.size()).isGreaterThan(1);
      }
    }
  }

  private static Resource resource(Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> node(random, random.nextInt(NODES));
      case 1 -> peer(random);
      case 2 -> configuration(random);
      case 3 -> filter(random);
      case 4 -> pool(random);
      case 5 -> affinity(random);
      default -> workload(random);
    };
  }

  private static Resource read(String yaml) {
    return Manifests.read("apiVersion: projectcalico.org/v3\n" + yaml, "random").all().get(0);
  }

  private static Resource node(Random random, int i) {
    String rr = random.nextBoolean() ? ", routeReflectorClusterID: 224.0.0.1" : "";
    String as = random.nextBoolean() ? ", asNumber: " + (64512 + random.nextInt(3)) : "";
    return read("kind: Node\nmetadata: {name: node-" + i + ", labels: {rack: r" + random.nextInt(2)
        + (rr.isEmpty() ? "" : ", rr: \"true\"") + "}}\n"
        + "spec: {bgp: {ipv4Address: 10.0.0." + (i + 1) + "/24" + as + rr + "}}\n");
  }

  private static Resource peer(Random random) {
    int i = random.nextInt(4);
    String spec = switch (random.nextInt(3)) {
      case 0 -> "{peerIP: 10.9.0." + (i + 1) + ", asNumber: " + (65000 + random.nextInt(3)) + "}";
      case 1 -> "{nodeSelector: rack == 'r" + random.nextInt(2) + "', peerSelector: has(rr)}";
      default -> "{nodeSelector: all(), peerIP: 10.9.1." + (i + 1) + ", asNumber: 65100"
          + (random.nextBoolean() ? ", filters: [f-0]" : "") + "}";
    };
    return read("kind: BGPPeer\nmetadata: {name: peer-" + i + "}\nspec: " + spec + "\n");
  }

  private static Resource configuration(Random random) {
    return read("kind: BGPConfiguration\nmetadata: {name: default}\nspec: {asNumber: "
        + (64512 + random.nextInt(2)) + ", nodeToNodeMeshEnabled: " + random.nextBoolean() + "}\n");
  }

  private static Resource filter(Random random) {
    return read("kind: BGPFilter\nmetadata: {name: f-" + random.nextInt(2) + "}\nspec:\n"
        + "  exportV4: [{action: " + (random.nextBoolean() ? "Accept" : "Reject")
        + ", matchOperator: In, cidr: 10." + random.nextInt(4) + ".0.0/16}]\n");
  }

  private static Resource pool(Random random) {
    int i = random.nextInt(2);
    return read("kind: IPPool\nmetadata: {name: pool-" + i + "}\nspec: {cidr: 10." + (100 + i)
        + ".0.0/16, ipipMode: " + (random.nextBoolean() ? "Always" : "Never")
        + ", disabled: " + random.nextBoolean() + "}\n");
  }

  private static Resource affinity(Random random) {
    int node = random.nextInt(NODES);
    int block = random.nextInt(3);
    String[] states = {"confirmed", "pending", "pendingDeletion", ""};
    return read("kind: BlockAffinity\nmetadata: {name: node-" + node + "-10-100-" + block
        + "-0-26}\nspec: {state: \"" + states[random.nextInt(states.length)] + "\", node: node-"
        + node + ", type: host, cidr: 10.100." + block + "." + (node * 64 % 256) + "/26, deleted: false}\n");
  }

  private static Resource workload(Random random) {
    int node = random.nextInt(NODES);
    return read("kind: WorkloadEndpoint\nmetadata: {name: node--" + node + "-k8s-pod-eth0,"
        + " namespace: ns, labels: {app: bgp}}\n"
        + "spec: {node: node-" + node + ", orchestrator: k8s, endpoint: eth0, interfaceName: cali"
        + node + ", ipNetworks: [10.100.9." + (random.nextInt(50) + 1) + "/32]}\n");
  }
}
