package io.github.calicobgp.etcd;

import static io.github.calicobgp.etcd.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** etcd killed while writes go on, and a burst of puts; each with an etcd of its own. */
class EtcdSourceFaultTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final EtcdSettings FAST = new EtcdSettings(1000, 1000, 64, Duration.ofMillis(50),
      Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(200));

  private EtcdServer etcd;
  private EtcdTestClient writer;

  @BeforeEach
  void startEtcd() {
    etcd = EtcdServer.startOrSkip();
    writer = new EtcdTestClient(etcd.endpoint());
  }

  @AfterEach
  void stopEtcd() {
    if (writer != null) {
      writer.close();
    }
    if (etcd != null) {
      etcd.close();
    }
  }

  static Resource node(int i, int generation) {
    return Manifests.read("apiVersion: projectcalico.org/v3\nkind: Node\n"
        + "metadata: {name: node-" + i + ", labels: {gen: \"" + generation + "\"}}\n"
        + "spec: {bgp: {ipv4Address: 10.0.0." + (i + 1) + "/24}}\n", "node").all().get(0);
  }

  static Resource peer(int i) {
    return Manifests.read("apiVersion: projectcalico.org/v3\nkind: BGPPeer\n"
        + "metadata: {name: peer-" + i + "}\n"
        + "spec: {peerIP: 10.1." + (i / 250) + "." + (i % 250 + 1) + ", asNumber: " + (65000 + i % 100)
        + ", nodeSelector: gen == '" + i + "'}\n", "peer").all().get(0);
  }

  static Resource affinity(int node, int block) {
    return Manifests.read("apiVersion: projectcalico.org/v3\nkind: BlockAffinity\n"
        + "metadata: {name: x}\n"
        + "spec: {state: confirmed, node: node-" + node + ", cidr: 10." + (100 + block / 256) + "."
        + (block % 256) + "." + (node * 4) + "/30, deleted: false}\n", "affinity").all().get(0);
  }

  /** Puts until etcd accepts, as a client that rides out an outage does. */
  private void putRetrying(Resource r) throws InterruptedException {
    while (true) {
      try {
        writer.put(r);
        return;
      } catch (Exception e) {
        Thread.sleep(50);
      }
    }
  }

  @Test
  void etcdKilledAndRestartedWhileWritesGoOnLosesAndRepeatsNothing() throws Exception {
    for (int i = 0; i < 6; i++) {
      writer.put(node(i, 0));
    }
    RecordingListener listener = new RecordingListener(false);
    try (EtcdSource source = new EtcdSource(EtcdTestClient.config(etcd.endpoint()), FAST)) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      AtomicInteger written = new AtomicInteger();
      Thread writes = new Thread(() -> {
        try {
          for (int i = 1; i <= 300; i++) {
            putRetrying(i % 2 == 0 ? node(i % 6, i) : peer(i));
            written.incrementAndGet();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      writes.start();
      assertThat(await(() -> written.get() >= 80, WAIT)).isTrue();
      etcd.kill();
      assertThat(await(() -> listener.connections.contains(ConnectionState.DISCONNECTED), WAIT))
          .isTrue();
      Thread.sleep(500);
      etcd.restart();
      writes.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(written.get()).isEqualTo(300);

      List<Resource> expected = writer.readAll();
      assertThat(expected).hasSize(6 + 150);
      assertThat(await(() -> EtcdSourceTest.sameResources(listener.resources(), expected), WAIT))
          .as("state caught up").isTrue();
      assertThat(listener.problems).as("nothing duplicated").isEmpty();
      // Only puts were written: no consumer ever saw fewer nodes than before.
      assertThat(listener.sizesSeen).isSorted().allMatch(n -> n == 6);
      assertThat(listener.connections).containsSubsequence(ConnectionState.CONNECTED,
          ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    }
  }

  @Test
  void aBurstOfTenThousandPutsIsAppliedInBoundedBatchesIntoAFromScratchState() throws Exception {
    for (int i = 0; i < 20; i++) {
      writer.put(node(i, 0));
    }
    RecordingListener listener = new RecordingListener(false);
    try (EtcdSource source = new EtcdSource(EtcdTestClient.config(etcd.endpoint()), FAST)) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      int before = listener.batches.size();
      List<CompletableFuture<?>> puts = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        puts.add(writer.putAsync(affinity(i % 20, i / 20)));
        if (puts.size() == 500) {
          CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
          puts.clear();
        }
      }
      CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      List<Resource> expected = writer.readAll();
      assertThat(expected).hasSize(10_020);
      assertThat(await(() -> EtcdSourceTest.sameResources(listener.resources(), expected), WAIT))
          .isTrue();
      List<List<ResourceEvent>> burst = listener.batches.subList(before, listener.batches.size());
      assertThat(burst.stream().mapToInt(List::size).sum()).isEqualTo(10_000);
      assertThat(burst).allMatch(b -> b.size() <= FAST.maxBatch());
      assertThat(burst.size()).isGreaterThanOrEqualTo(10);
      assertThat(listener.state.resources()).hasSize(10_020);
      assertThat(listener.problems).isEmpty();
    }
  }
}
