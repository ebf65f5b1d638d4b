package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.etcd.EtcdClients;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.lab.EtcdServer;
import io.github.calicobgp.testkit.lab.EtcdTls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands against a real etcd that serves clients over TLS only, demands a client
 * certificate and a user/password login, configured by calicoctl's options and by its
 * environment variables.
 */
class DatastoreCommandsOverTlsTest {

  private static final String PASSWORD = "calico-bgp-root";
  private static EtcdServer etcd;
  private static EtcdTls tls;
  @TempDir static Path dir;
  private static Path yaml;

  @BeforeAll
  static void fillEtcd() throws Exception {
    etcd = EtcdServer.startWithTlsOrSkip();
    tls = etcd.tls().orElseThrow();
    etcd.enableAuth(PASSWORD);
    List<Resource> resources =
        CalicoCluster.builder().nodes(4).routeReflectors(1).build().resources().all();
    yaml = dir.resolve("cluster.yaml");
    Files.writeString(yaml, Manifests.toYaml(resources));
    try (Client client = EtcdClients.build(DatastoreConfig.fromEnvironment(environment()))) {
      for (Resource r : resources) {
        client.getKVClient().put(ByteSequence.from(EtcdLayout.keyOf(r), StandardCharsets.UTF_8),
            ByteSequence.from(EtcdLayout.valueOf(r))).get(10, TimeUnit.SECONDS);
      }
    }
  }

  @AfterAll
  static void stopEtcd() {
    if (etcd != null) {
      etcd.close();
    }
  }

  /** calico-node's and calicoctl's environment for this etcd. */
  private static Map<String, String> environment() {
    return Map.of("DATASTORE_TYPE", "etcdv3", "ETCD_ENDPOINTS", etcd.endpoint(),
        "ETCD_CA_CERT_FILE", tls.caCert().toString(),
        "ETCD_CERT_FILE", tls.clientCert().toString(),
        "ETCD_KEY_FILE", tls.clientKey().toString(),
        "ETCD_USERNAME", "root", "ETCD_PASSWORD", PASSWORD);
  }

  @Test
  void optionsAndEnvironmentVariablesReadTheSameClusterAsTheFile() {
    for (String command : List.of("check", "sessions")) {
      Cli.Result fromFile = Cli.run(command, yaml.toString());
      assertThat(fromFile.out()).isNotEmpty();
      // The password only ever comes from the environment, as calicoctl's does.
      Cli.Result fromOptions = Cli.runWithEnvironment("", Map.of("ETCD_PASSWORD", PASSWORD),
          command, "--datastore", "etcdv3",
          "--etcd-endpoints", etcd.endpoint(),
          "--etcd-ca-cert-file", tls.caCert().toString(),
          "--etcd-cert-file", tls.clientCert().toString(),
          "--etcd-key-file", tls.clientKey().toString(),
          "--etcd-username", "root");
      assertThat(fromOptions).as(command).isEqualTo(fromFile);
      assertThat(Cli.runWithEnvironment("", environment(), command)).as(command)
          .isEqualTo(fromFile);
    }
  }

  @Test
  void theWrongCaIsOneLineAndExitOne() {
    assertRefused(tls.foreignCaCert(), PASSWORD);
  }

  @Test
  void aWrongPasswordIsOneLineAndExitOne() {
    assertRefused(tls.caCert(), "not-" + PASSWORD);
  }

  private static void assertRefused(Path caCert, String password) {
    Cli.Result r = Cli.runWithEnvironment("", Map.of("ETCD_PASSWORD", password), "check",
        "--etcd-endpoints", etcd.endpoint(),
        "--etcd-ca-cert-file", caCert.toString(),
        "--etcd-cert-file", tls.clientCert().toString(),
        "--etcd-key-file", tls.clientKey().toString(),
        "--etcd-username", "root");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("calico-bgp: etcd " + etcd.endpoint() + ": cannot read: ");
  }
}
