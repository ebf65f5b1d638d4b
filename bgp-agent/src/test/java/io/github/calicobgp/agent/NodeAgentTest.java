package io.github.calicobgp.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.peering.PeeringOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node agent against a datastore in memory, with shell commands standing in for BIRD. */
class NodeAgentTest {

  private static final Duration SETTLE = Duration.ofSeconds(20);

  @TempDir Path work;

  private final InMemorySource source = new InMemorySource();
  private Agent agent;

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
  }

  private Path configDir() {
    return work.resolve("config");
  }

  private Path reloads() {
    return work.resolve("reloads");
  }

  /** Checks that the includes sit beside bird.cfg (the working directory) and logs the call. */
  private String check() {
    return "echo \"$PWD\" >> '" + work.resolve("checks") + "';"
        + " test -f bird_ipam.cfg && test -f bird_aggr.cfg && grep -q 'router id' {}";
  }

  private AgentSettings settings(String check) {
    return AgentSettings.defaults("node-a")
        .withConfigDir(configDir())
        .withCommands(
            new ShellCommand(check),
            new ShellCommand(""),
            new ShellCommand("echo v4 >> '" + reloads() + "'"),
            new ShellCommand("echo v6 >> '" + reloads() + "'"))
        .withDebounce(Duration.ofMillis(150), Duration.ofSeconds(5));
  }

  private Agent start(AgentSettings settings) throws IOException {
    agent = Agent.start(source, settings, PeeringOptions.defaults(), null);
    return agent;
  }

  private void settle() throws Exception {
    source.drain();
    assertThat(agent.node().awaitSettled(SETTLE)).as("settled").isTrue();
  }

  private static Map<String, String> rendered(String yaml) {
    return Expected.rendered(yaml, "node-a");
  }

  private Map<String, String> onDisk() throws IOException {
    return Expected.onDisk(configDir());
  }

  private List<String> reloadLines() throws IOException {
    return Files.exists(reloads()) ? Files.readAllLines(reloads()) : List.of();
  }

  @Test
  void writesNothingUntilTheSourceIsInSync() throws Exception {
    start(settings(check()));
    source.put(Clusters.three());
    source.drain();
    Thread.sleep(400);

    assertThat(onDisk()).isEmpty();
    assertThat(agent.readiness()).startsWith("not in sync with memory");

    source.sync();
    settle();
    assertThat(onDisk()).isEqualTo(rendered(Clusters.three()));
    assertThat(agent.readiness()).isEmpty();
  }

  @Test
  void whenSettledTheDirectoryHoldsExactlyTheRenderedFilesAndEachDaemonWasReloadedOnce()
      throws Exception {
    start(settings(check()));
    source.put(Clusters.three()).sync();
    settle();

    assertThat(onDisk()).isEqualTo(rendered(Clusters.three()));
    assertThat(reloadLines()).containsExactly("v4", "v6");
    List<String> checkDirs = Files.readAllLines(work.resolve("checks"));
    assertThat(checkDirs).hasSize(1);
    assertThat(Path.of(checkDirs.get(0))).doesNotExist().isNotEqualTo(configDir());
  }

  @Test
  void aBurstOfChangesBecomesOneWriteAndOneReload() throws Exception {
    start(settings(check()));
    source.put(Clusters.three()).sync();
    settle();
    long attempts = agent.node().attempts();
    StringBuilder all = new StringBuilder(Clusters.three());
    for (int i = 1; i <= 30; i++) {
      String peer = Clusters.peer("tor-" + i, "10.0.1." + i, 65000 + i);
      all.append("---\n").append(peer);
      source.put(peer);
    }
    settle();

    assertThat(agent.node().attempts()).isEqualTo(attempts + 1);
    assertThat(onDisk()).isEqualTo(rendered(all.toString()));
    // The peers are in bird.cfg only: bird6 is not reloaded.
    assertThat(reloadLines()).containsExactly("v4", "v6", "v4");
  }

  @Test
  void onlyTheFilesWhoseBytesChangedAreReplaced() throws Exception {
    start(settings(check()));
    source.put(Clusters.three()).sync();
    settle();
    Object ipamInode = Files.getAttribute(configDir().resolve("bird_ipam.cfg"), "unix:ino");
    Object birdInode = Files.getAttribute(configDir().resolve("bird.cfg"), "unix:ino");

    source.put(Clusters.peer("tor", "10.0.9.9", 65001));
    settle();

    assertThat(agent.node().lastOutcome().orElseThrow().files()).containsExactly("bird.cfg");
    assertThat(Files.getAttribute(configDir().resolve("bird_ipam.cfg"), "unix:ino"))
        .isEqualTo(ipamInode);
    assertThat(Files.getAttribute(configDir().resolve("bird.cfg"), "unix:ino"))
        .isNotEqualTo(birdInode);
  }

  @Test
  void aChangeThatDoesNotTouchThisNodeWritesAndReloadsNothing() throws Exception {
    start(settings(check()));
    source.put(Clusters.three()).sync();
    settle();
    long attempts = agent.node().attempts();

    source.put(
        """
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: only-b
        spec:
          node: node-b
          peerIP: 10.0.5.5
          asNumber: 65005
        """);
    settle();
    Thread.sleep(300);

    assertThat(agent.node().attempts()).isEqualTo(attempts);
    assertThat(reloadLines()).containsExactly("v4", "v6");
  }

  @Test
  void aFailingCheckKeepsTheOldFilesReportsTheCheckersOutputAndReloadsNothing()
      throws Exception {
    Path broken = work.resolve("broken");
    start(
        settings(
            "if test -e '" + broken + "'; then echo 'bird: ./bird.cfg:42:3 syntax error'; exit 1;"
                + " fi"));
    source.put(Clusters.three()).sync();
    settle();
    Map<String, String> before = onDisk();
    Files.createFile(broken);

    source.put(Clusters.peer("tor", "10.0.9.9", 65001));
    settle();

    WriteOutcome outcome = agent.node().lastOutcome().orElseThrow();
    assertThat(outcome.result()).isEqualTo(WriteOutcome.Result.CHECK_FAILED);
    assertThat(outcome.message()).contains("exited 1", "bird.cfg:42:3 syntax error");
    assertThat(onDisk()).isEqualTo(before);
    assertThat(reloadLines()).containsExactly("v4", "v6");
    assertThat(agent.readiness()).startsWith("check_failed: ").contains("syntax error");
    assertThat(agent.metrics().count(WriteOutcome.Result.CHECK_FAILED)).isEqualTo(1);

    Files.delete(broken);
    source.put(Clusters.peer("tor", "10.0.9.9", 65002));
    settle();
    assertThat(agent.readiness()).isEmpty();
    assertThat(onDisk())
        .isEqualTo(rendered(Clusters.three() + "---\n" + Clusters.peer("tor", "10.0.9.9", 65002)));
  }

  @Test
  void aRenderThatFailsKeepsTheLastGoodConfigurationAndNamesTheResource() throws Exception {
    start(settings(check()));
    source.put(Clusters.three()).sync();
    settle();
    Map<String, String> before = onDisk();

    // node-a loses its IPv4 address: it has no router id any more.
    source.put(
        """
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: node-a
        spec:
          bgp:
            ipv6Address: fd00::1/64
        """);
    settle();

    WriteOutcome outcome = agent.node().lastOutcome().orElseThrow();
    assertThat(outcome.result()).isEqualTo(WriteOutcome.Result.RENDER_FAILED);
    // No file: the resource and field, as Manifests.readMap's problems name an object.
    assertThat(outcome.message())
        .startsWith("Node/node-a: spec.bgp.ipv4Address: ")
        .containsIgnoringCase("router id");
    assertThat(onDisk()).isEqualTo(before);
    assertThat(agent.readiness()).startsWith("render_failed: ");
  }

  @Test
  void aNodeDeletedFromTheDatastoreKeepsItsLastFiles() throws Exception {
    start(settings(check()));
    source.put(Clusters.three()).sync();
    settle();
    Map<String, String> before = onDisk();

    source.delete(Clusters.node("node-a", 1));
    settle();

    assertThat(agent.node().lastOutcome().orElseThrow().result())
        .isEqualTo(WriteOutcome.Result.NO_NODE);
    assertThat(onDisk()).isEqualTo(before);
  }

  @Test
  void stoppingDuringACheckAbandonsTheWriteAndLeavesNoStagingBehind() throws Exception {
    Path slow = work.resolve("slow");
    Path started = work.resolve("started");
    start(
        settings(
            "if test -e '" + slow + "'; then echo \"$PWD\" > '" + started + "'; sleep 30; fi"));
    source.put(Clusters.three()).sync();
    settle();
    Map<String, String> before = onDisk();
    Files.createFile(slow);
    source.put(Clusters.peer("tor", "10.0.9.9", 65001));
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (!Files.exists(started) || Files.size(started) == 0) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }

    long stopping = System.nanoTime();
    agent.close();
    agent = null;

    assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
    assertThat(onDisk()).isEqualTo(before);
    assertThat(Path.of(Files.readString(started).strip())).doesNotExist();
  }

  @Test
  void servesHealthReadinessAndPrometheusMetrics() throws Exception {
    agent =
        Agent.start(
            source,
            settings(check()),
            PeeringOptions.defaults(),
            new InetSocketAddress("127.0.0.1", 0));
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + agent.httpAddress().orElseThrow().getPort();

    assertThat(get(http, base + "/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> notReady = get(http, base + "/readyz");
    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.body()).contains("not in sync");

    source.put(Clusters.three()).sync();
    settle();

    assertThat(get(http, base + "/readyz").statusCode()).isEqualTo(200);
    String metrics = get(http, base + "/metrics").body();
    assertThat(metrics)
        .contains("calico_bgp_agent_events_applied_total 5.0")
        .contains("calico_bgp_agent_renders_total{outcome=\"written\"} 1.0")
        .contains("calico_bgp_agent_reloads_total 2.0")
        .contains("calico_bgp_agent_reload_failures_total 0.0")
        .contains("calico_bgp_agent_event_to_write_seconds_count 1")
        .contains("calico_bgp_agent_event_to_write_seconds_bucket{le=")
        .contains("calico_bgp_agent_datastore_connection{state=\"connected\"} 1.0")
        .contains("calico_bgp_agent_in_sync 1.0")
        .contains("calico_bgp_agent_last_write_ok 1.0");
  }

  private static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
