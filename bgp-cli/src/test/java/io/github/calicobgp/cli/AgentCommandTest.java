package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.etcd.EtcdClients;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calico-bgp agent}: its options, and the command as a process against a real etcd. */
class AgentCommandTest {

  private static final String CLUSTER =
      """
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata:
        name: default
      spec:
        asNumber: 64512
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: pods
      spec:
        cidr: 10.98.0.0/16
        ipipMode: Never
      ---
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata:
        name: node-a
      spec:
        bgp:
          ipv4Address: 10.99.0.11/16
      ---
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata:
        name: node-b
      spec:
        bgp:
          ipv4Address: 10.99.0.12/16
      """;

  private static final String TOR =
      """
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata:
        name: tor
      spec:
        peerIP: 10.99.0.1
        asNumber: 65001
      """;

  @TempDir Path work;

  @Test
  void anUnknownDatastoreIsAUsageMistakeNamingTheOption() {
    Cli.Result result = Cli.run("agent", "--node", "n1", "--datastore", "mongo");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--datastore: unknown datastore type \"mongo\"");
  }

  @Test
  void theAgentTakesTheDatastoreOptionsOfTheOtherCommandsWithTheSameMessages() {
    Cli.Result agent = Cli.run("agent", "--node", "n1", "--datastore", "mongo");
    Cli.Result check = Cli.run("check", "--datastore", "mongo");
    assertThat(agent.err().lines().findFirst()).isEqualTo(check.err().lines().findFirst());

    String help = Cli.run("agent", "--help").out();
    assertThat(help).contains("--etcd-ca-cert-file", "--etcd-cert-file", "--etcd-key-file",
        "--etcd-username", "--kubeconfig", "--etcd-endpoints");
  }

  @Test
  void aListenAddressWithoutAPortIsRefused() {
    Cli.Result result = Cli.run("agent", "--node", "n1", "--listen", "localhost");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("--listen: expected HOST:PORT or :PORT");
  }

  @Test
  void listenAddressesAreHostAndPortOrJustAPort() {
    assertThat(AgentCommand.address(":9098").getPort()).isEqualTo(9098);
    assertThat(AgentCommand.address(":9098").getAddress().isAnyLocalAddress()).isTrue();
    assertThat(AgentCommand.address("127.0.0.1:0").getAddress().isLoopbackAddress()).isTrue();
    assertThat(AgentCommand.address("[::1]:80").getAddress().isLoopbackAddress()).isTrue();
    assertThat(AgentCommand.address("[::1]:80").getPort()).isEqualTo(80);
  }

  @Test
  void asAProcessItFollowsEtcdWritesWhatRenderWritesAndStopsOnSigterm() throws Exception {
    try (EtcdServer etcd = EtcdServer.startOrSkip();
        Client client = EtcdClients.build(DatastoreConfig.etcd(List.of(etcd.endpoint())))) {
      put(client, CLUSTER);
      Path dir = work.resolve("config");
      Path reloads = work.resolve("reloads");
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx256m",
              "-cp",
              System.getProperty("java.class.path"),
              CalicoBgp.class.getName(),
              "agent",
              "--config-dir", dir.toString(),
              "--check-cmd", "bird -p -c {}",
              "--check6-cmd", "bird6 -p -c {}",
              "--reload-cmd", "echo v4 >> '" + reloads + "'",
              "--reload6-cmd", "",
              "--listen", "127.0.0.1:0");
      // calico-node's variables, not options: the node and the datastore.
      builder.environment().put("NODENAME", "node-a");
      builder.environment().put("DATASTORE_TYPE", "etcdv3");
      builder.environment().put("ETCD_ENDPOINTS", etcd.endpoint());
      Path output = work.resolve("agent.log");
      builder.redirectErrorStream(true).redirectOutput(output.toFile());
      Process agent = builder.start();
      Logs logs = new Logs(output);
      try {
        int port = Integer.parseInt(logs.await("listen=/127\\.0\\.0\\.1:(\\d+)").group(1));

        awaitDirectory(dir, rendered(CLUSTER));
        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(Files.readAllLines(reloads)).containsExactly("v4");

        put(client, TOR);
        awaitDirectory(dir, rendered(CLUSTER + "---\n" + TOR));
        String metrics = get(http, port, "/metrics").body();
        assertThat(metrics)
            .contains("calico_bgp_agent_renders_total{outcome=\"written\"} 2.0")
            .contains("calico_bgp_agent_in_sync 1.0");

        agent.destroy(); // SIGTERM
        assertThat(agent.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(agent.exitValue()).isZero();
        logs.await("event=stopped");
        assertThat(logs.text()).contains("level=INFO logger=NodeAgent event=written node=node-a");
      } finally {
        agent.destroyForcibly();
        System.out.println("calico-bgp agent printed:\n" + logs.text());
      }
    }
  }

  /** What {@code calico-bgp render --node node-a --output-dir} writes for {@code yaml}. */
  private Map<String, String> rendered(String yaml) throws IOException {
    Path input = Files.createTempFile(work, "cluster", ".yaml");
    Files.writeString(input, yaml);
    Path out = Files.createTempDirectory(work, "render");
    Cli.Result result =
        Cli.run("render", "--node", "node-a", "--output-dir", out.toString(), input.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    return contents(out);
  }

  private static void awaitDirectory(Path dir, Map<String, String> expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!(Files.isDirectory(dir) && contents(dir).equals(expected))) {
      assertThat(System.nanoTime()).as("the agent wrote the rendered files").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path path : list.toList()) {
        try {
          files.put(path.getFileName().toString(), Files.readString(path));
        } catch (java.nio.file.NoSuchFileException renamedAway) {
          // a staged file the agent renamed since the listing
        }
      }
    }
    return files;
  }

  private static void put(Client client, String yaml) throws Exception {
    for (Resource resource : Manifests.read(yaml, "test.yaml").all()) {
      client
          .getKVClient()
          .put(
              ByteSequence.from(EtcdLayout.keyOf(resource), StandardCharsets.UTF_8),
              ByteSequence.from(EtcdLayout.valueOf(resource)))
          .get(30, TimeUnit.SECONDS);
    }
  }

  private static HttpResponse<String> get(HttpClient http, int port, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The process's output, in a file. */
  private record Logs(Path file) {

    Matcher await(String regex) throws Exception {
      Pattern pattern = Pattern.compile(regex);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (true) {
        Matcher matcher = pattern.matcher(text());
        if (matcher.find()) {
          return matcher;
        }
        if (System.nanoTime() - deadline > 0) {
          throw new AssertionError("no line matching " + regex + " in:\n" + text());
        }
        Thread.sleep(20);
      }
    }

    String text() throws IOException {
      return Files.exists(file) ? Files.readString(file) : "";
    }
  }
}
