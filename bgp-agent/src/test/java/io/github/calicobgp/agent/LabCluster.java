package io.github.calicobgp.agent;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.testkit.lab.BirdLab;
import io.github.calicobgp.testkit.lab.ExternalPeer;
import io.github.calicobgp.testkit.lab.LabNode;
import io.github.calicobgp.testkit.lab.SessionReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Three Calico nodes in network namespaces, each a BIRD daemon that starts with an empty
 * configuration and an agent that writes the real one into BIRD's folder and reloads it with
 * {@code birdc configure}, plus an FRR top-of-rack router in AS 65001 at 10.99.0.1 that peers
 * with all three.
 */
final class LabCluster implements AutoCloseable {

  static final List<String> NODES = List.of("node-a", "node-b", "node-c");

  static final String TOR_IP = "10.99.0.1";

  private final BirdLab lab;
  private final Path brokenCheckFlag;
  private final Map<String, Agent> agents = new LinkedHashMap<>();
  private final Map<String, Path> reloadLogs = new LinkedHashMap<>();

  private LabCluster(BirdLab lab, Path brokenCheckFlag) {
    this.lab = lab;
    this.brokenCheckFlag = brokenCheckFlag;
  }

  static String address(String node) {
    return "10.99.0." + (11 + NODES.indexOf(node));
  }

  /** Starts the daemons, then one agent per node over {@code datastore}'s sources. */
  static LabCluster start(Datastore datastore, Path work) throws IOException {
    BirdLab.Builder builder = BirdLab.builder();
    for (String node : NODES) {
      // BIRD needs a configuration to start: a router id and nothing else, as before confd ran.
      builder.node(
          LabNode.of(
              node,
              address(node) + "/16",
              null,
              Map.of("bird.cfg", "router id " + address(node) + ";\nprotocol device {}\n")));
    }
    builder.externalPeer(ExternalPeer.frr("tor", TOR_IP + "/16", null, torConfig()));
    LabCluster cluster = new LabCluster(builder.start(), work.resolve("check-is-broken"));
    try {
      for (String node : NODES) {
        cluster.startAgent(node, datastore, work);
      }
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private void startAgent(String node, Datastore datastore, Path work) throws IOException {
    Path log = work.resolve(node + ".reloads");
    reloadLogs.put(node, log);
    agents.put(node, Agent.start(datastore.source(), settings(node, log), PeeringOptions.defaults(), null));
  }

  /**
   * calico-node's checks, which fail (as a checker would that rejects the files) while {@link
   * #breakCheck} is in force; the reload asks this node's BIRD and logs when it has reconfigured.
   */
  AgentSettings settings(String node, Path reloadLog) {
    String reload =
        lab.reloadCommand(node, IPFamily.V4).stream().map(LabCluster::quote).collect(Collectors.joining(" "))
            + " | grep -q -e Reconfigur -e unchanged && date +%s%N >> "
            + quote(reloadLog.toString());
    return AgentSettings.defaults(node)
        .withConfigDir(lab.directory(node))
        .withCommands(
            new ShellCommand(
                "if test -e " + quote(brokenCheckFlag.toString())
                    + "; then echo \"bird: {}:7:1 syntax error\"; exit 1; fi; "
                    + AgentSettings.DEFAULT_CHECK),
            new ShellCommand(AgentSettings.DEFAULT_CHECK6),
            new ShellCommand(reload),
            new ShellCommand(""));
  }

  /** Makes every check fail from now on, or pass again. */
  void breakCheck(boolean broken) throws IOException {
    if (broken) {
      Files.writeString(brokenCheckFlag, "");
    } else {
      Files.deleteIfExists(brokenCheckFlag);
    }
  }

  /** The files of {@code node}'s folder. */
  Map<String, String> files(String node) throws IOException {
    return Expected.onDisk(lab.directory(node));
  }

  /**
   * Checks that the folder of every node of {@code plan} holds exactly the six files {@code
   * calico-bgp render --output-dir} writes for it (the renderer's bytes), and nothing else.
   */
  void assertFilesAsRendered(ClusterPlan plan) throws IOException {
    for (NodePlan node : plan.nodes()) {
      Map<String, String> expected = new java.util.TreeMap<>(new BirdRenderer().render(node).files());
      Map<String, String> actual = files(node.nodeName());
      if (!actual.equals(expected)) {
        throw new AssertionError(node.nodeName() + "'s folder holds " + actual.keySet()
            + ", not exactly the rendered files (or other bytes)");
      }
    }
  }

  /** Waits until every agent has settled: nothing pending, nothing running. */
  void awaitSettled() throws InterruptedException {
    for (Map.Entry<String, Agent> agent : agents.entrySet()) {
      if (!agent.getValue().node().awaitSettled(Duration.ofSeconds(30))) {
        throw new AssertionError(agent.getKey() + "'s agent did not settle");
      }
    }
  }

  BirdLab lab() {
    return lab;
  }

  Agent agent(String node) {
    return agents.get(node);
  }

  /** The times (ns since the epoch) at which {@code node}'s BIRD was reconfigured. */
  List<Long> reloads(String node) throws IOException {
    Path log = reloadLogs.get(node);
    if (!Files.exists(log)) {
      return List.of();
    }
    List<Long> times = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (!line.isBlank()) {
        times.add(Long.parseLong(line.strip()));
      }
    }
    return times;
  }

  /** Waits until {@code node}'s BIRD has been reconfigured {@code count} times in all. */
  void awaitReloads(String node, int count, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (reloads(node).size() < count) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(node + "'s BIRD was not reconfigured within " + timeout);
      }
      Thread.sleep(10);
    }
  }

  /**
   * Waits until the BIRD of every node in {@code plan} runs exactly its planned sessions, all
   * Established (no session missing, none left over, none half-open).
   */
  SessionReport awaitSessions(ClusterPlan plan, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    SessionReport report = lab.sessionReport(plan);
    while (!report.isClean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("sessions not as planned after " + timeout + ":\n" + report);
      }
      Thread.sleep(100);
      report = lab.sessionReport(plan);
    }
    return report;
  }

  private static String torConfig() {
    StringBuilder conf =
        new StringBuilder(
            """
            frr defaults traditional
            hostname tor
            !
            router bgp 65001
             bgp router-id 10.99.0.1
             no bgp ebgp-requires-policy
             no bgp network import-check
            """);
    for (String node : NODES) {
      conf.append(" neighbor ").append(address(node)).append(" remote-as 64512\n");
    }
    conf.append(
        """
         address-family ipv4 unicast
          network 10.97.0.0/24
         exit-address-family
        !
        """);
    return conf.toString();
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  @Override
  public void close() {
    agents.values().forEach(Agent::close);
    lab.close();
  }
}
