package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.github.calicobgp.api.etcd.EtcdDump;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.testkit.lab.EtcdServer;
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
 * Every command that reads resources answers the same from a live etcd, from an etcd dump, and
 * from the same resources as a file.
 */
class DatastoreCommandsTest {

  private static EtcdServer etcd;
  private static List<Resource> resources;
  @TempDir static Path dir;
  private static Path yaml;

  @BeforeAll
  static void fillEtcd() throws Exception {
    etcd = EtcdServer.startOrSkip();
    List<Resource> example = Manifests.read(Path.of(Examples.files("route-reflectors").get(0))).all();
    // What Calico keeps in etcd; block affinities get their names from their keys there.
    resources = EtcdDump.read(EtcdDump.toPlain(example.stream()
        .filter(r -> r.resourceKind().apiVersion().startsWith("projectcalico.org"))
        .toList()), "x").all();
    yaml = dir.resolve("cluster.yaml");
    Files.writeString(yaml, Manifests.toYaml(resources));
    try (Client client = Client.builder().endpoints(etcd.endpoint()).build()) {
      for (Resource r : resources) {
        client.getKVClient().put(ByteSequence.from(EtcdLayout.keyOf(r), StandardCharsets.UTF_8),
            ByteSequence.from(EtcdLayout.valueOf(r))).get(10, TimeUnit.SECONDS);
      }
      client.getKVClient().put(
          ByteSequence.from("/calico/resources/v3/projectcalico.org/felixconfigurations/default",
              StandardCharsets.UTF_8), ByteSequence.from("{}", StandardCharsets.UTF_8))
          .get(10, TimeUnit.SECONDS);
    }
  }

  @AfterAll
  static void stopEtcd() {
    if (etcd != null) {
      etcd.close();
    }
  }

  private static final List<List<String>> COMMANDS = List.of(
      List.of("check"), List.of("sessions"), List.of("sessions", "-o", "json"),
      List.of("peers", "--node", "rr-1"), List.of("render", "--node", "worker-1", "--stdout"),
      List.of("graph"), List.of("graph", "--format", "dot"), List.of("validate"));

  @Test
  void everyCommandAnswersFromEtcdAsFromTheSameResourcesInAFile() {
    for (List<String> command : COMMANDS) {
      Cli.Result fromFile = Cli.run(args(command, yaml.toString()));
      Cli.Result fromEtcd = Cli.run(args(command, "--datastore", "etcdv3", "--etcd-endpoints",
          etcd.endpoint()));
      assertThat(fromEtcd).as("%s", command).isEqualTo(fromFile);
      assertThat(fromFile.exitCode()).as("%s", command).isIn(0, 1);
      if (!command.get(0).equals("validate")) {
        assertThat(fromFile.out()).as("%s", command).isNotEmpty();
      }
    }
  }

  @Test
  void calicoctlsEnvironmentVariablesAreTheDefaults() {
    Cli.Result fromFile = Cli.run("check", yaml.toString());
    Cli.Result fromEnv = Cli.runWithEnvironment("",
        Map.of("DATASTORE_TYPE", "etcdv3", "ETCD_ENDPOINTS", etcd.endpoint()), "check");
    assertThat(fromEnv).isEqualTo(fromFile);
    Cli.Result prefixed = Cli.runWithEnvironment("",
        Map.of("CALICO_DATASTORE_TYPE", "etcdv3", "CALICO_ETCD_ENDPOINTS", etcd.endpoint(),
            "ETCD_ENDPOINTS", "http://127.0.0.1:1"), "sessions");
    assertThat(prefixed).isEqualTo(Cli.run("sessions", yaml.toString()));
  }

  @Test
  void etcdDumpsInBothFormsReadAsFiles() throws Exception {
    Path plain = dir.resolve("dump.txt");
    Path json = dir.resolve("dump.json");
    Files.writeString(plain, EtcdDump.toPlain(resources));
    Files.writeString(json, EtcdDump.toJson(resources, 7));
    Cli.Result fromFile = Cli.run("sessions", yaml.toString());
    assertThat(Cli.run("sessions", plain.toString())).isEqualTo(fromFile);
    assertThat(Cli.run("sessions", json.toString())).isEqualTo(fromFile);
    assertThat(Cli.runWithStdin(EtcdDump.toJson(resources, 7), "sessions", "-")).isEqualTo(fromFile);
  }

  @Test
  void anUnreachableEtcdIsOneLineAndExitOne() {
    Cli.Result r = Cli.run("check", "--datastore", "etcdv3", "--etcd-endpoints", "http://127.0.0.1:1");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("calico-bgp: etcd http://127.0.0.1:1: cannot read: ");
    Cli.Result bad = Cli.run("sessions", "--etcd-endpoints", "not-a-url");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo(
        "calico-bgp: etcd: endpoint \"not-a-url\" is not a URL like http://127.0.0.1:2379\n");
    Cli.Result tls = Cli.run("sessions", "--etcd-endpoints", "https://127.0.0.1:1",
        "--etcd-ca-cert-file", "/nonexistent/ca.pem");
    assertThat(tls.exitCode()).isEqualTo(1);
    assertThat(tls.err()).isEqualTo(
        "calico-bgp: etcd: cannot read the CA certificate file /nonexistent/ca.pem\n");
  }

  @Test
  void filesAndADatastoreTogetherOrNeitherAreUsageErrors() {
    Cli.Result both = Cli.run("check", "--etcd-endpoints", "http://127.0.0.1:1", yaml.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("Give FILE arguments or a datastore to connect to");
    // With FILE arguments, --datastore only chooses the stored form the files are read in.
    Cli.Result storedForm = Cli.run("check", "--datastore", "etcdv3", yaml.toString());
    assertThat(storedForm.exitCode()).isNotEqualTo(2);
    Cli.Result neither = Cli.run("check");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("Missing FILE arguments, or a datastore to read");
    Cli.Result unknown = Cli.run("check", "--datastore", "consul");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown datastore type \"consul\"");
  }

  private static String[] args(List<String> command, String... more) {
    return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(more))
        .toArray(String[]::new);
  }
}
