package io.github.calicobgp.kubernetes;

import static io.github.calicobgp.kubernetes.RecordingListener.await;
import static io.github.calicobgp.kubernetes.KubernetesSourceTest.byKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.LiveCluster;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API server goes away and comes back: fabric8's mock API server (the stand-in for a real
 * one, none can be installed here) is stopped while another server over the same store takes
 * writes, then restarted on the same port, its watch cache starting anew as a real API server's
 * does after a restart (a watch from before gets 410 Gone, and the informers relist).
 */
class KubernetesSourceOutageTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Retries after 50 ms (doubling up to 1.6 s) and checks every 100 ms: a quick test. */
  private static final KubernetesSettings FAST = KubernetesSettings.defaults()
      .withRetries(Duration.ofMillis(100), Duration.ofMillis(50));

  @TempDir Path dir;
  private MockApiServer api;

  @BeforeEach
  void startServer() {
    api = new MockApiServer();
  }

  @AfterEach
  void stopServer() {
    api.close();
  }

  @Test
  void anOutageIsReportedWithItsReasonAndTheStateCatchesUpWithWhatChangedMeanwhile()
      throws Exception {
    api.apply(KubernetesSourceTest.cluster());
    api.apply(KddObjects.peer("extra", "10.99.0.1", 65001, null));
    api.apply(KddObjects.node("node-9", "10.0.0.9", ""));
    RecordingListener recording = new RecordingListener(false);
    List<Set<String>> nodesSeen = new CopyOnWriteArrayList<>();
    PeeringEngine engine = new PeeringEngine();
    try (KubernetesSource source = new KubernetesSource(api.config(dir), FAST);
        LiveCluster live = new LiveCluster(new Tee(source, recording), engine)) {
      live.subscribe((changes, inSync) ->
          nodesSeen.add(Set.copyOf(changes.after().snapshot().nodeNames())));
      live.start();
      assertThat(live.awaitInSync(WAIT)).isTrue();
      assertThat(await(() -> live.connection() == ConnectionState.CONNECTED, WAIT)).isTrue();
      Set<String> before = Set.copyOf(live.state().plan().snapshot().nodeNames());
      assertThat(before).contains("node-9").doesNotContain("node-4");
      int batchesBefore = recording.batches.size();
      int seenBefore = nodesSeen.size();

      api.stop();
      assertThat(await(() -> live.connection() == ConnectionState.DISCONNECTED, WAIT))
          .as("disconnected").isTrue();
      assertThat(source.lastError()).hasValueSatisfying(
          reason -> assertThat(reason).contains("cannot connect"));
      // Meanwhile another API server of the cluster takes writes: added, changed, deleted.
      try (MockApiServer other = api.replica()) {
        other.apply(KddObjects.node("node-4", "10.0.0.4", ""));
        other.apply(KddObjects.peer("extra", "10.99.0.1", 65002, null));
        other.delete(KddObjects.node("node-9", "10.0.0.9", ""));
        other.delete(KddObjects.service("web", "203.0.113.5"));
      }
      // Nothing reached the source while its server was away.
      assertThat(recording.batches).hasSize(batchesBefore);

      api.restart();
      List<Resource> expected = Manifests.read(api.dump(), "dump.yaml").all();
      assertThat(await(() -> byKey(recording.resources()).equals(byKey(expected)), WAIT))
          .as("caught up with the server").isTrue();
      assertThat(await(() -> live.connection() == ConnectionState.CONNECTED, WAIT)).isTrue();
      assertThat(byKey(live.state().resources())).isEqualTo(byKey(expected));
      assertThat(live.state().plan().nodes())
          .isEqualTo(engine.planAll(ClusterSnapshot.of(expected)).nodes());
      assertThat(recording.problems).as("nothing duplicated or deleted twice").isEmpty();
      assertThat(recording.inSyncCount).isEqualTo(1);
      assertThat(recording.connections).containsSubsequence(ConnectionState.CONNECTED,
          ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);

      // The subscriber never saw the cluster empty or partial: every node that is there both
      // before and after the outage was there in every change set, and no other node appeared.
      Set<String> after = Set.copyOf(live.state().plan().snapshot().nodeNames());
      assertThat(after).contains("node-4").doesNotContain("node-9");
      Set<String> kept = new HashSet<>(before);
      kept.retainAll(after);
      Set<String> either = new HashSet<>(before);
      either.addAll(after);
      List<Set<String>> duringAndAfter = nodesSeen.subList(seenBefore, nodesSeen.size());
      assertThat(duringAndAfter).isNotEmpty().allSatisfy(nodes -> {
        assertThat(nodes).containsAll(kept);
        assertThat(either).containsAll(nodes);
      });
      // Only what changed was delivered, not the whole cluster again.
      List<ResourceEvent> caughtUp = KubernetesSourceTest.flatten(
          recording.batches.subList(batchesBefore, recording.batches.size()));
      assertThat(caughtUp).extracting(e -> e.key().kind().kind() + "/" + e.key().name())
          .containsExactlyInAnyOrder("Node/node-4", "BGPPeer/extra", "Node/node-9",
              "Service/web");
    }
  }

  @Test
  void aServerDownAtStartIsReportedAndTriedAgainUntilItAnswers() throws Exception {
    api.apply(KubernetesSourceTest.cluster());
    List<Resource> expected = Manifests.read(api.dump(), "dump.yaml").all();
    api.stop();
    RecordingListener listener = new RecordingListener(false);
    try (KubernetesSource source = new KubernetesSource(api.config(dir), FAST)) {
      source.start(listener);
      assertThat(await(() -> listener.connections.contains(ConnectionState.DISCONNECTED), WAIT))
          .isTrue();
      assertThat(source.lastError()).hasValueSatisfying(
          reason -> assertThat(reason).contains("cannot connect"));
      assertThat(listener.inSyncCount).isZero();
      api.restart();
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      assertThat(byKey(listener.atFirstSync())).isEqualTo(byKey(expected));
      assertThat(await(() -> listener.connections.contains(ConnectionState.CONNECTED), WAIT))
          .isTrue();
      assertThat(listener.problems).isEmpty();
    }
  }

  /** Hands what a source tells to a LiveCluster and to a recording listener both. */
  private record Tee(ResourceSource source, SourceListener recording) implements ResourceSource {
    @Override
    public void start(SourceListener listener) {
      source.start(new SourceListener() {
        @Override
        public void events(List<ResourceEvent> batch) {
          recording.events(batch);
          listener.events(batch);
        }

        @Override
        public void inSync() {
          recording.inSync();
          listener.inSync();
        }

        @Override
        public void connection(ConnectionState state) {
          recording.connection(state);
          listener.connection(state);
        }

        @Override
        public void undecodable(String key, String message) {
          recording.undecodable(key, message);
          listener.undecodable(key, message);
        }
      });
    }

    @Override
    public String description() {
      return source.description();
    }

    @Override
    public Optional<String> lastError() {
      return source.lastError();
    }

    @Override
    public void close() {
      source.close();
    }
  }
}
