package io.github.calicobgp.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.testkit.lab.LabAssumptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three agents, three BIRD daemons and an FRR top-of-rack router in network namespaces, driven
 * only by writes to the datastore.
 */
class AgentLabTest {

  private static final Duration CONVERGE = Duration.ofSeconds(60);

  @TempDir Path work;

  @BeforeEach
  void needsLab() {
    LabAssumptions.assumeLabAvailable();
  }

  static String globals(boolean mesh, String logSeverity) {
    return """
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata:
          name: default
        spec:
          asNumber: 64512
          nodeToNodeMeshEnabled: %s
          logSeverityScreen: %s
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: pods
        spec:
          cidr: 10.98.0.0/16
          ipipMode: Never
          vxlanMode: Never
        """
        .formatted(mesh, logSeverity);
  }

  static String node(String name, boolean routeReflector) {
    return """
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: %s
          labels:
            route-reflector: "%s"
        spec:
          bgp:
            ipv4Address: %s/16
        %s"""
        .formatted(
            name,
            routeReflector,
            LabCluster.address(name),
            routeReflector ? "    routeReflectorClusterID: 224.0.0.1\n" : "");
  }

  static final String TOR_PEER =
      """
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata:
        name: tor
      spec:
        peerIP: 10.99.0.1
        asNumber: 65001
      """;

  static final String RR_PEERING =
      """
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata:
        name: to-route-reflectors
      spec:
        nodeSelector: all()
        peerSelector: route-reflector == 'true'
      """;

  /** Writes the global resources and the three nodes, meshed; returns the plan. */
  private static ClusterPlan writeMesh(Datastore datastore) {
    datastore.sync();
    datastore.put(globals(true, "Info"));
    for (String node : LabCluster.NODES) {
      datastore.put(node(node, false));
    }
    return datastore.plan();
  }

  @Test
  void writesToTheDatastoreDriveRealBirdThroughMeshTorRouteReflectorsAndADeletedNode()
      throws Exception {
    try (EtcdDatastore datastore = new EtcdDatastore();
        LabCluster cluster = LabCluster.start(datastore, work)) {
      ClusterPlan mesh = writeMesh(datastore);
      assertThat(mesh.nodes()).allSatisfy(n -> assertThat(n.peers()).hasSize(2));
      cluster.awaitSessions(mesh, CONVERGE);
      cluster.awaitSettled();
      cluster.assertFilesAsRendered(mesh);

      datastore.put(TOR_PEER);
      ClusterPlan tor = datastore.plan();
      assertThat(tor.nodes())
          .allSatisfy(n -> assertThat(n.peers()).extracting(Peer::name).contains("Global_10_99_0_1"));
      cluster.awaitSessions(tor, CONVERGE);
      cluster.awaitSettled();
      cluster.assertFilesAsRendered(tor);

      datastore.put(globals(false, "Info") + "---\n" + node("node-a", true) + "---\n" + RR_PEERING);
      ClusterPlan reflected = datastore.plan();
      assertThat(reflected.node("node-b").orElseThrow().peers())
          .extracting(Peer::name)
          .doesNotContain("Mesh_10_99_0_13");
      cluster.awaitSessions(reflected, CONVERGE);
      cluster.awaitSettled();
      cluster.assertFilesAsRendered(reflected);

      datastore.delete(node("node-c", false));
      ClusterPlan withoutC = datastore.plan();
      assertThat(withoutC.nodes()).hasSize(2);
      cluster.awaitSessions(withoutC, CONVERGE);
      cluster.awaitSettled();
      cluster.assertFilesAsRendered(withoutC);

      List<Long> latencies = measureEventToReconfigured(datastore, cluster, 20);
      report(latencies);
    }
  }

  @Test
  void etcdRestartedAFailingCheckAndAnUnrenderableResourceLeaveBirdOnItsLastGoodConfiguration()
      throws Exception {
    try (EtcdDatastore datastore = new EtcdDatastore();
        LabCluster cluster = LabCluster.start(datastore, work)) {
      ClusterPlan mesh = writeMesh(datastore);
      cluster.awaitSessions(mesh, CONVERGE);
      cluster.awaitSettled();
      Map<String, Map<String, String>> meshFiles = new HashMap<>();
      Map<String, Integer> meshReloads = new HashMap<>();
      for (String node : LabCluster.NODES) {
        meshFiles.put(node, cluster.files(node));
        meshReloads.put(node, cluster.reloads(node).size());
      }

      // etcd dies and comes back: the agents reconnect and carry on.
      datastore.server().kill();
      Thread.sleep(1000);
      datastore.server().restart();
      datastore.put(globals(true, "Debug"));
      for (String node : LabCluster.NODES) {
        cluster.awaitReloads(node, meshReloads.get(node) + 1, CONVERGE);
      }
      cluster.awaitSettled();
      for (String node : LabCluster.NODES) {
        assertThat(cluster.agent(node).metrics().scrape())
            .contains("calico_bgp_agent_datastore_connection{state=\"connected\"} 1.0");
        meshFiles.put(node, cluster.files(node));
        meshReloads.put(node, cluster.reloads(node).size());
      }
      cluster.assertFilesAsRendered(datastore.plan());
      cluster.awaitSessions(mesh, CONVERGE);

      // The checker rejects the new files: nothing is replaced, BIRD is not reloaded.
      cluster.breakCheck(true);
      datastore.put(TOR_PEER);
      Thread.sleep(300);
      cluster.awaitSettled();
      for (String node : LabCluster.NODES) {
        WriteOutcome outcome = cluster.agent(node).node().lastOutcome().orElseThrow();
        assertThat(outcome.result()).isEqualTo(WriteOutcome.Result.CHECK_FAILED);
        assertThat(outcome.message()).contains("syntax error");
        assertThat(cluster.agent(node).readiness()).startsWith("check_failed");
        assertThat(cluster.files(node)).isEqualTo(meshFiles.get(node));
        assertThat(cluster.reloads(node)).hasSize(meshReloads.get(node));
      }
      assertThat(cluster.lab().sessionReport(mesh).isClean()).as("BIRD still runs the mesh").isTrue();

      // Fixed, the next change writes everything pending, the ToR peer included.
      cluster.breakCheck(false);
      datastore.put(globals(true, "Info"));
      cluster.awaitSessions(datastore.plan(), CONVERGE);
      cluster.awaitSettled();
      Map<String, Map<String, String>> goodFiles = new HashMap<>();
      for (String node : LabCluster.NODES) {
        goodFiles.put(node, cluster.files(node));
      }
      ClusterPlan good = datastore.plan();

      // A value BIRD cannot hold (it would inject a protocol): every node keeps its files and
      // says which resource and field.
      datastore.put(
          """
          apiVersion: projectcalico.org/v3
          kind: BGPConfiguration
          metadata:
            name: default
          spec:
            asNumber: 64512
            nodeToNodeMeshEnabled: true
            logSeverityScreen: Info
            ignoredInterfaces: ['eth0"; protocol static evil {']
          """);
      Thread.sleep(300);
      cluster.awaitSettled();
      for (String node : LabCluster.NODES) {
        WriteOutcome outcome = cluster.agent(node).node().lastOutcome().orElseThrow();
        assertThat(outcome.result()).isEqualTo(WriteOutcome.Result.RENDER_FAILED);
        assertThat(outcome.message())
            .startsWith("BGPConfiguration/default: spec.ignoredInterfaces[0]: ");
        assertThat(cluster.agent(node).readiness()).startsWith("render_failed");
        assertThat(cluster.files(node)).isEqualTo(goodFiles.get(node));
      }
      assertThat(cluster.lab().sessionReport(good).isClean()).isTrue();
    }
  }

  /**
   * Toggles the log severity (which changes every node's bird.cfg) {@code rounds} times and
   * returns, for every node still in the cluster, the time from the write to its BIRD having
   * reconfigured, in microseconds.
   */
  private static List<Long> measureEventToReconfigured(
      Datastore datastore, LabCluster cluster, int rounds) throws Exception {
    List<String> nodes = List.of("node-a", "node-b");
    List<Long> latencies = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<Integer> before = new ArrayList<>();
      for (String node : nodes) {
        before.add(cluster.reloads(node).size());
      }
      Instant written = Instant.now();
      datastore.put(globals(false, round % 2 == 0 ? "Debug" : "Info"));
      long writtenNanos = written.getEpochSecond() * 1_000_000_000L + written.getNano();
      for (int i = 0; i < nodes.size(); i++) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Long> reloads = cluster.reloads(nodes.get(i));
        while (reloads.size() <= before.get(i)) {
          assertThat(System.nanoTime()).as("%s reloaded", nodes.get(i)).isLessThan(deadline);
          Thread.sleep(10);
          reloads = cluster.reloads(nodes.get(i));
        }
        latencies.add((reloads.get(before.get(i)) - writtenNanos) / 1000);
      }
    }
    return latencies;
  }

  static void report(List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    long median = sorted.get(sorted.size() / 2);
    long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    System.out.printf(
        "event written -> BIRD reconfigured: n=%d median=%.1f ms p99=%.1f ms min=%.1f ms max=%.1f"
            + " ms%n",
        sorted.size(),
        median / 1000.0,
        p99 / 1000.0,
        sorted.get(0) / 1000.0,
        sorted.get(sorted.size() - 1) / 1000.0);
  }
}
