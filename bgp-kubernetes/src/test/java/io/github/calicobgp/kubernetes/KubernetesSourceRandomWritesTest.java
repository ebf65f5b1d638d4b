package io.github.calicobgp.kubernetes;

import static io.github.calicobgp.kubernetes.RecordingListener.await;

import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random writes (creates, updates and deletes of every kind the source reads, some invalid) on
 * fabric8's mock API server in CRUD mode while the source watches: the state at the end equals a
 * from-scratch read of what the server holds, and every batch's change set equals the diff of
 * from-scratch plans before and after it.
 */
class KubernetesSourceRandomWritesTest {

  private static final int WRITES = 200;
  private static final int NODES = 5;

  @TempDir Path dir;

  @Test
  void theStateAfterRandomWritesIsAFromScratchReadAndEveryChangeSetTheFromScratchDiff()
      throws Exception {
    long seed = Long.getLong("kubernetes.random.seed", 20261203L);
    Random random = new Random(seed);
    try (MockApiServer api = new MockApiServer()) {
      api.apply(KddObjects.crd("BGPConfiguration", "default",
          "{asNumber: 64512, serviceClusterIPs: [{cidr: 10.96.0.0/12}]}"));
      for (int i = 0; i < 2; i++) {
        api.apply(KddObjects.node("node-" + i, "10.0.0." + (i + 1), ""));
      }
      RecordingListener listener = new RecordingListener(true);
      try (KubernetesSource source = new KubernetesSource(api.config(dir))) {
        source.start(listener);
        assertThat(await(() -> listener.inSyncCount == 1, Duration.ofSeconds(30))).isTrue();
        int invalid = 0;
        for (int w = 0; w < WRITES; w++) {
          String object = object(random);
          if (object.contains("not-a-number")) {
            invalid++;
          }
          if (random.nextInt(10) < 3) {
            api.delete(object);
          } else {
            api.apply(object);
          }
        }
        List<Resource> expected = expected(api);
        assertThat(await(() -> KubernetesSourceTest.byKey(listener.resources())
            .equals(KubernetesSourceTest.byKey(expected)), Duration.ofSeconds(60)))
            .as("seed %d", seed).isTrue();
        assertThat(KubernetesSourceTest.byKey(listener.state.resources()))
            .isEqualTo(KubernetesSourceTest.byKey(expected));
        assertThat(listener.problems).as("seed %d", seed).isEmpty();
        assertThat(invalid).isPositive();
        assertThat(listener.batches.size()).isGreaterThan(1);
      }
    }
  }

  /**
   * What a from-scratch read gives: every object the server holds, but only the Secrets a
   * BGPPeer names, and without the custom resources that do not decode.
   */
  private static List<Resource> expected(MockApiServer api) {
    StringBuilder valid = new StringBuilder();
    for (String doc : api.dump().split("(?m)^---\\s*$")) {
      if (!doc.isBlank() && !doc.contains("not-a-number")) {
        valid.append(doc).append("\n---\n");
      }
    }
    List<Resource> all = Manifests.read(valid.toString(), "dump.yaml").all();
    Set<String> named = all.stream().filter(BGPPeer.class::isInstance).map(BGPPeer.class::cast)
        .filter(p -> p.spec().password() != null)
        .map(p -> p.spec().password().secretKeyRef().name()).collect(Collectors.toSet());
    return all.stream().filter(r -> r.resourceKind() != ResourceKind.SECRET
        || named.contains(r.metadata().nameOrEmpty())).toList();
  }

  private static String object(Random random) {
    int i = random.nextInt(NODES);
    return switch (random.nextInt(8)) {
      case 0 -> KddObjects.node("node-" + i, "10.0.0." + (i + 1),
          random.nextBoolean() ? "" : ", projectcalico.org/ASNumber: \"" + (65000 + i) + "\"");
      case 1 -> random.nextInt(8) == 0
          ? KddObjects.crd("BGPPeer", "peer-" + i, "{peerIP: 10.1.0." + i + ", asNumber: not-a-number}")
          : KddObjects.peer("peer-" + i, "10.1.0." + i, 65100 + random.nextInt(3),
              random.nextBoolean() ? null : "pw-" + random.nextInt(2));
      case 2 -> KddObjects.crd("BGPConfiguration", "node.node-" + i,
          "{listenPort: " + (179 + random.nextInt(3)) + "}");
      case 3 -> KddObjects.crd("BGPFilter", "filter-" + i,
          "{exportV4: [{action: " + (random.nextBoolean() ? "Accept" : "Reject")
              + ", matchOperator: In, cidr: 10." + i + ".0.0/16}]}");
      case 4 -> KddObjects.crd("IPPool", "pool-" + i,
          "{cidr: 10.24" + i + ".0.0/16, disabled: " + random.nextBoolean() + "}");
      case 5 -> KddObjects.crd("BlockAffinity", "node-" + i + "-10-244-" + i + "-0-26",
          "{node: node-" + i + ", cidr: 10.244." + i + ".0/26, state: "
              + (random.nextBoolean() ? "confirmed" : "pending") + ", deleted: \"false\"}");
      case 6 -> KddObjects.secret("pw-" + random.nextInt(3), "p" + random.nextInt(100));
      default -> random.nextBoolean()
          ? KddObjects.service("svc-" + i, "203.0.113." + random.nextInt(10))
          : KddObjects.endpointSlice("svc-" + i, "node-" + random.nextInt(NODES));
    };
  }
}
