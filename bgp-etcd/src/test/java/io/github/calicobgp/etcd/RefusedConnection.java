package io.github.calicobgp.etcd;

import static io.github.calicobgp.etcd.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import java.time.Duration;

/** What a source that etcd refuses (wrong CA, no client certificate, wrong password) must do. */
final class RefusedConnection {

  /** Quick retries, so that a refusal is reported soon and retried several times. */
  static final EtcdSettings FAST = new EtcdSettings(1000, 1000, 64, Duration.ofMillis(50),
      Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(500));
  private static final Duration WAIT = Duration.ofSeconds(30);

  private RefusedConnection() {}

  /**
   * The source starts without throwing, reports DISCONNECTED with a reason, never connects,
   * lists or syncs through several retries, and closes cleanly.
   */
  static void assertRefused(DatastoreConfig config) throws Exception {
    RecordingListener listener = new RecordingListener(false);
    EtcdSource source = new EtcdSource(config, FAST);
    assertThatCode(() -> source.start(listener)).doesNotThrowAnyException();
    assertThat(await(() -> listener.connections.contains(ConnectionState.DISCONNECTED), WAIT))
        .isTrue();
    assertThat(source.lastError()).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
    Thread.sleep(1500);
    assertThat(listener.inSyncCount).isZero();
    assertThat(listener.batches).isEmpty();
    assertThat(listener.connections).doesNotContain(ConnectionState.CONNECTED);
    assertThatCode(source::close).doesNotThrowAnyException();
    assertThat(listener.connections).endsWith(ConnectionState.CLOSED);
  }
}
