package io.github.calicobgp.kubernetes.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.agent.Agent;
import io.github.calicobgp.agent.AgentSettings;
import io.github.calicobgp.agent.AgentSources;
import io.github.calicobgp.agent.ShellCommand;
import io.github.calicobgp.kubernetes.KubernetesSettings;
import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.live.ConnectionState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node agent following the Kubernetes datastore (fabric8's mock API server in CRUD mode, the
 * stand-in for a real one), with shell commands standing in for BIRD's check and reload.
 */
class AgentOnKubernetesTest {

  private static final Duration SETTLE = Duration.ofSeconds(30);

  @TempDir Path work;
  private MockApiServer api;
  private Agent agent;

  @BeforeEach
  void startServer() {
    api = new MockApiServer();
  }

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
    api.close();
  }

  private Path configDir() {
    return work.resolve("config");
  }

  private List<String> reloads() throws IOException {
    Path file = work.resolve("reloads");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  @Test
  void writesNothingBeforeInSyncThenWhatRenderWritesThenOnlyTheChangedFiles() throws Exception {
    String cluster = Cluster.yaml();
    api.apply(cluster);
    AgentSettings settings = AgentSettings.defaults("node-1")
        .withConfigDir(configDir())
        .withCommands(
            // Calls a check that cannot succeed before the six files are all staged.
            new ShellCommand("test -f bird_ipam.cfg && test -f bird_aggr.cfg && test -s {}"),
            new ShellCommand(""),
            new ShellCommand("echo v4 >> '" + work.resolve("reloads") + "'"),
            new ShellCommand("echo v6 >> '" + work.resolve("reloads") + "'"))
        .withDebounce(Duration.ofMillis(100), Duration.ofSeconds(2));
    agent = Agent.start(AgentSources.open(api.config(work), KubernetesSettings.defaults()),
        settings, PeeringOptions.defaults(), null);
    // Until the source is in sync nothing may be written: the cluster is not complete.
    assertThat(onDisk()).isEmpty();
    assertThat(agent.node().awaitSettled(SETTLE)).isTrue();
    assertThat(agent.cluster().inSync()).isTrue();
    assertThat(onDisk()).isEqualTo(rendered(cluster));
    assertThat(onDisk().get("bird.cfg")).contains("password \"s3cret\"");
    assertThat(reloads()).containsExactly("v4", "v6");
    Map<String, Object> inodes = inodes();

    // A BGPPeer for node-1 only changes bird.cfg: it alone is rewritten, BIRD reloaded once.
    api.apply(KddObjects.peer("extra", "10.99.0.200", 65200, null)
        .replace("spec: {", "spec: {node: node-1, "));
    waitFor(() -> onDisk().get("bird.cfg").contains("10.99.0.200"));
    assertThat(agent.node().awaitSettled(SETTLE)).isTrue();
    Path files = work.resolve("render");
    CommandsOnKubernetesTest.Result render = CommandsOnKubernetesTest.run(Map.of(), List.of(
        "render", "--node", "node-1", "--output-dir", files.toString(), "--datastore",
        "kubernetes", "--kubeconfig", api.kubeconfig(work).toString()));
    assertThat(render.exitCode()).as(render.err()).isZero();
    assertThat(onDisk()).isEqualTo(read(files));
    Map<String, Object> after = inodes();
    for (String name : after.keySet()) {
      assertThat(after.get(name).equals(inodes.get(name))).as(name)
          .isEqualTo(!name.equals("bird.cfg"));
    }
    assertThat(reloads()).containsExactly("v4", "v6", "v4");

    // The password changes in its Secret: the agent follows.
    api.apply(KddObjects.secret("bgp-passwords", "n3w").replace("password:", "tor:"));
    waitFor(() -> onDisk().get("bird.cfg").contains("password \"n3w\""));
  }

  @Test
  void anApiServerAwayForAWhileIsWaitedForAndWhatChangedMeanwhileIsRendered() throws Exception {
    api.apply(Cluster.yaml());
    AgentSettings settings = AgentSettings.defaults("node-1")
        .withConfigDir(configDir())
        .withCommands(new ShellCommand(""), new ShellCommand(""),
            new ShellCommand("echo v4 >> '" + work.resolve("reloads") + "'"),
            new ShellCommand("echo v6 >> '" + work.resolve("reloads") + "'"))
        .withDebounce(Duration.ofMillis(100), Duration.ofSeconds(2));
    KubernetesSettings quick = KubernetesSettings.defaults()
        .withRetries(Duration.ofMillis(100), Duration.ofMillis(50));
    agent = Agent.start(AgentSources.open(api.config(work), quick), settings,
        PeeringOptions.defaults(), null);
    assertThat(agent.node().awaitSettled(SETTLE)).isTrue();
    String before = onDisk().get("bird.cfg");

    api.stop();
    waitFor(() -> agent.cluster().connection() == ConnectionState.DISCONNECTED);
    // What the agent wrote stays as it was while the server is away.
    assertThat(onDisk().get("bird.cfg")).isEqualTo(before);
    try (MockApiServer other = api.replica()) {
      other.apply(KddObjects.peer("extra", "10.99.0.201", 65201, null)
          .replace("spec: {", "spec: {node: node-1, "));
    }
    api.restart();
    waitFor(() -> onDisk().get("bird.cfg").contains("10.99.0.201"));
    waitFor(() -> agent.cluster().connection() == ConnectionState.CONNECTED);
    assertThat(agent.node().awaitSettled(SETTLE)).isTrue();
    Path files = work.resolve("render");
    CommandsOnKubernetesTest.Result render = CommandsOnKubernetesTest.run(Map.of(), List.of(
        "render", "--node", "node-1", "--output-dir", files.toString(), "--datastore",
        "kubernetes", "--kubeconfig", api.kubeconfig(work).toString()));
    assertThat(render.exitCode()).as(render.err()).isZero();
    assertThat(onDisk()).isEqualTo(read(files));
  }

  private Map<String, String> rendered(String cluster) throws IOException {
    Path yaml = work.resolve("cluster.yaml");
    Files.writeString(yaml, cluster);
    Path out = work.resolve("expected");
    CommandsOnKubernetesTest.Result result = CommandsOnKubernetesTest.run(Map.of(), List.of(
        "render", "--node", "node-1", "--output-dir", out.toString(), yaml.toString()));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return read(out);
  }

  private Map<String, String> onDisk() throws IOException {
    return Files.isDirectory(configDir()) ? read(configDir()) : Map.of();
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private Map<String, Object> inodes() throws IOException {
    Map<String, Object> inodes = new TreeMap<>();
    try (Stream<Path> list = Files.list(configDir())) {
      for (Path p : list.toList()) {
        inodes.put(p.getFileName().toString(), Files.getAttribute(p, "unix:ino"));
      }
    }
    return inodes;
  }

  private interface Check {
    boolean holds() throws IOException;
  }

  private static void waitFor(Check check) throws Exception {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (!check.holds()) {
      assertThat(System.nanoTime()).as("waited %s", SETTLE).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
