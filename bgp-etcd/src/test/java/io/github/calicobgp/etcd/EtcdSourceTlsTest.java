package io.github.calicobgp.etcd;

import static io.github.calicobgp.etcd.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.lab.EtcdServer;
import io.github.calicobgp.testkit.lab.EtcdTls;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The source against a real etcd that serves clients over TLS and demands a client certificate,
 * configured as calico-node is: {@code ETCD_ENDPOINTS=https://...}, {@code ETCD_CA_CERT_FILE},
 * {@code ETCD_CERT_FILE}, {@code ETCD_KEY_FILE}, read by {@link DatastoreConfig#fromEnvironment}.
 */
class EtcdSourceTlsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static EtcdServer etcd;
  private static EtcdTls tls;
  private static EtcdTestClient writer;

  @BeforeAll
  static void startEtcd() {
    etcd = EtcdServer.startWithTlsOrSkip();
    tls = etcd.tls().orElseThrow();
    writer = new EtcdTestClient(fromEnvironment(
        tls.caCert().toString(), tls.clientCert().toString(), tls.clientKey().toString()));
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

  @BeforeEach
  void empty() throws Exception {
    for (Resource r : writer.readAll()) {
      writer.delete(r);
    }
  }

  /** The configuration calico-node's environment variables give; a null file is left unset. */
  private static DatastoreConfig fromEnvironment(
      @Nullable String ca, @Nullable String cert, @Nullable String key) {
    Map<String, String> env = new HashMap<>();
    env.put("ETCD_ENDPOINTS", etcd.endpoint());
    if (ca != null) {
      env.put("ETCD_CA_CERT_FILE", ca);
    }
    if (cert != null) {
      env.put("ETCD_CERT_FILE", cert);
    }
    if (key != null) {
      env.put("ETCD_KEY_FILE", key);
    }
    return DatastoreConfig.fromEnvironment(env);
  }

  @Test
  void withTheCaAndAClientCertificateTheSourceListsAndWatchesOverTls() throws Exception {
    assertThat(etcd.endpoint()).startsWith("https://127.0.0.1:");
    List<Resource> resources =
        CalicoCluster.builder().nodes(3).routeReflectors(1).build().resources().all();
    for (Resource r : resources.subList(0, resources.size() - 1)) {
      writer.put(r);
    }
    DatastoreConfig config = fromEnvironment(
        tls.caCert().toString(), tls.clientCert().toString(), tls.clientKey().toString());
    RecordingListener listener = new RecordingListener(true);
    try (EtcdSource source = new EtcdSource(config)) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      List<Resource> listed = writer.readAll();
      assertThat(listed).hasSize(resources.size() - 1);
      assertThat(listener.resources()).containsExactlyInAnyOrderElementsOf(listed);

      writer.put(resources.get(resources.size() - 1));
      writer.delete(resources.get(0));
      List<Resource> expected = writer.readAll();
      assertThat(await(() -> EtcdSourceTest.sameResources(listener.resources(), expected), WAIT))
          .isTrue();
      assertThat(listener.problems).isEmpty();
      assertThat(listener.connections).startsWith(ConnectionState.CONNECTING,
          ConnectionState.CONNECTED);
    }
  }

  @Test
  void withoutAClientCertificateTheSourceReportsDisconnectedWithAReasonAndNeverSyncs()
      throws Exception {
    assertRefused(fromEnvironment(tls.caCert().toString(), null, null));
  }

  @Test
  void withTheWrongCaTheSourceReportsDisconnectedWithAReasonAndNeverSyncs() throws Exception {
    assertRefused(fromEnvironment(
        tls.foreignCaCert().toString(), tls.clientCert().toString(), tls.clientKey().toString()));
  }

  @Test
  void overPlainHttpTheSourceReportsDisconnectedWithAReasonAndNeverSyncs() throws Exception {
    DatastoreConfig plain = DatastoreConfig.etcd(List.of(etcd.endpoint().replace("https:", "http:")));
    assertRefused(plain);
  }

  private static void assertRefused(DatastoreConfig config) throws Exception {
    writer.put(CalicoCluster.builder().nodes(1).build().resources().all().get(0));
    RefusedConnection.assertRefused(config);
  }
}
