package io.github.calicobgp.etcd;

import static io.github.calicobgp.etcd.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source against a real etcd with user/password authentication enabled, configured as
 * calico-node is: {@code ETCD_ENDPOINTS}, {@code ETCD_USERNAME}, {@code ETCD_PASSWORD}, read by
 * {@link DatastoreConfig#fromEnvironment}.
 */
class EtcdSourceAuthTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String PASSWORD = "s3cret-root";
  private static EtcdServer etcd;
  private static EtcdTestClient writer;
  private static List<Resource> resources;

  @BeforeAll
  static void startEtcdWithAuth() throws Exception {
    etcd = EtcdServer.startOrSkip();
    etcd.enableAuth(PASSWORD);
    writer = new EtcdTestClient(login("root", PASSWORD));
    resources = CalicoCluster.builder().nodes(3).routeReflectors(1).build().resources().all();
    for (Resource r : resources) {
      writer.put(r);
    }
  }

  @AfterAll
  static void stopEtcd() {
    if (writer != null) {
      writer.close();
    }
    if (etcd != null) {
      etcd.close();
    }
  }

  private static DatastoreConfig login(String user, String password) {
    return DatastoreConfig.fromEnvironment(Map.of(
        "ETCD_ENDPOINTS", etcd.endpoint(), "ETCD_USERNAME", user, "ETCD_PASSWORD", password));
  }

  @Test
  void withTheRightPasswordTheSourceListsAndWatches() throws Exception {
    RecordingListener listener = new RecordingListener(true);
    try (EtcdSource source = new EtcdSource(login("root", PASSWORD))) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      assertThat(listener.resources()).containsExactlyInAnyOrderElementsOf(writer.readAll());
      assertThat(listener.resources()).hasSize(resources.size());

      Resource gone = resources.get(resources.size() - 1);
      writer.delete(gone);
      assertThat(await(() -> !listener.resources().contains(gone), WAIT)).isTrue();
      writer.put(gone);
      assertThat(await(() -> listener.resources().contains(gone), WAIT)).isTrue();
      assertThat(listener.problems).isEmpty();
      assertThat(listener.connections).startsWith(ConnectionState.CONNECTING,
          ConnectionState.CONNECTED);
    }
  }

  @Test
  void withAWrongPasswordTheSourceReportsDisconnectedWithAReasonAndNeverSyncs() throws Exception {
    RefusedConnection.assertRefused(login("root", "wrong"));
  }
}
