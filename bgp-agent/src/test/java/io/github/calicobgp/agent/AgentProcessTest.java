package io.github.calicobgp.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.bird.BirdConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent as a process of its own, killed with SIGKILL while it writes, and stopped by SIGTERM. */
class AgentProcessTest {

  private static final int VERSIONS = 40;
  private static final int PEERS = 150;

  @TempDir Path work;

  /** Version {@code v} of the cluster: node-a with 150 global peers whose AS numbers depend on v. */
  private static String version(int v) {
    StringBuilder yaml = new StringBuilder(Clusters.three());
    for (int i = 0; i < PEERS; i++) {
      yaml.append("---\n")
          .append(Clusters.peer("peer-" + i, "10.1." + (i / 200) + "." + (i % 200 + 1), 65000 + v));
    }
    return yaml.toString();
  }

  private static Map<String, String> rendered(String yaml) {
    return Expected.rendered(yaml, "node-a");
  }

  private Process startAgent(Path dir, Path manifest) throws IOException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                AgentProcess.class.getName(),
                "node-a",
                dir.toString(),
                manifest.toString(),
                "")
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("started")) {
      // the agent's log lines before it has started
    }
    Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
    drain.setDaemon(true);
    drain.start();
    return process;
  }

  private static void replace(Path manifest, String yaml) throws IOException {
    Path temp = manifest.resolveSibling(manifest.getFileName() + ".new");
    Files.writeString(temp, yaml);
    Files.move(temp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Map<String, String> onDisk(Path dir) throws IOException {
    return Expected.onDisk(dir);
  }

  @Test
  void killedWhileWritingItLeavesEveryFileWholeAndARestartConverges() throws Exception {
    Map<String, Set<String>> whole = new HashMap<>();
    List<String> versions = new java.util.ArrayList<>();
    for (int v = 0; v < VERSIONS; v++) {
      versions.add(version(v));
      rendered(versions.get(v)).forEach((name, text) -> whole.computeIfAbsent(name, n -> new HashSet<>()).add(text));
    }
    Path dir = work.resolve("config");
    Path manifest = work.resolve("cluster.yaml");
    replace(manifest, versions.get(0));
    int killedWithLeftovers = 0;
    int kills = 3;
    for (int kill = 0; kill < kills; kill++) {
      Process agent = startAgent(dir, manifest);
      long written = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!onDisk(dir).keySet().containsAll(BirdConfig.FILE_NAMES)) {
        assertThat(System.nanoTime()).as("first write").isLessThan(written);
        Thread.sleep(20);
      }
      AtomicBoolean churning = new AtomicBoolean(true);
      Thread churn =
          new Thread(
              () -> {
                int v = 1;
                while (churning.get()) {
                  try {
                    replace(manifest, versions.get(v++ % VERSIONS));
                    Thread.sleep(15);
                  } catch (IOException | InterruptedException e) {
                    return;
                  }
                }
              });
      churn.start();
      Thread.sleep(ThreadLocalRandom.current().nextInt(300, 900));
      agent.destroyForcibly(); // SIGKILL
      assertThat(agent.waitFor(10, TimeUnit.SECONDS)).isTrue();
      churning.set(false);
      churn.join();

      Map<String, String> files = onDisk(dir);
      for (String name : BirdConfig.FILE_NAMES) {
        assertThat(whole.get(name)).as("%s after kill %d is one whole version", name, kill)
            .contains(files.get(name));
      }
      Set<String> others = new HashSet<>(files.keySet());
      others.removeAll(BirdConfig.FILE_NAMES);
      assertThat(others).allMatch(BirdConfig::isLeftover);
      if (!others.isEmpty()) {
        killedWithLeftovers++;
      }
    }
    System.out.printf("SIGKILL during writes: %d kills, %d left staged files behind%n", kills,
        killedWithLeftovers);

    // What a kill between staging and renaming leaves (the kills above rarely land there):
    // a half-written staged file and a backup, which the restart must delete.
    Files.writeString(dir.resolve(".bird.cfg.5eed0fcafe.tmp"), "protocol bgp Mesh_10_0_0_2 {");
    Files.writeString(dir.resolve(".bird_ipam.cfg.5eed0fcafe.bak"), "# old");
    String last = version(VERSIONS + 1);
    replace(manifest, last);
    Process agent = startAgent(dir, manifest);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!onDisk(dir).equals(rendered(last))) {
      assertThat(System.nanoTime()).as("converged after restart").isLessThan(deadline);
      Thread.sleep(50);
    }
    agent.destroy(); // SIGTERM
    assertThat(agent.waitFor(15, TimeUnit.SECONDS)).isTrue();
    assertThat(agent.exitValue()).isZero();
    assertThat(onDisk(dir)).isEqualTo(rendered(last));
  }
}
