package io.github.calicobgp.kubernetes.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calico-bgp check --datastore kubernetes} against an API server that cannot be reached
 * fails soon with one line, in a JVM of its own as a user runs it (class loading and all: in the
 * test's JVM, where fabric8 is loaded already, it takes a fraction of a second and proves
 * nothing). The bounds leave room for a loaded two-core machine; the command used to take
 * 4-6 s here for a closed port, and 24 s for a server that accepts connections but never
 * answers (fabric8's 10 s connection timeout, twice).
 */
class UnreachableApiServerTest {

  @TempDir Path dir;

  /** What one run did. */
  record Run(int exitCode, String err, Duration took) {}

  @Test
  void aClosedPortIsOneLineNamingTheServerAndExitCodeOneWithinSeconds() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String server = "https://127.0.0.1:" + port;
    Run run = check(kubeconfig(server));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("calico-bgp: kubernetes " + server
        + ": cannot read: cannot connect\n");
    assertThat(run.took()).isLessThanOrEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void aServerThatNeverAnswersIsOneLineAfterTheConnectionTimeout() throws Exception {
    // Accepts connections (the kernel completes them) but never says a word: the TLS handshake
    // waits for the connection timeout.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String server = "https://127.0.0.1:" + silent.getLocalPort();
      Run run = check(kubeconfig(server));
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).startsWith("calico-bgp: kubernetes " + server + ": cannot read: ")
          .contains("timed out").hasLineCount(1);
      assertThat(run.took()).isLessThanOrEqualTo(Duration.ofSeconds(12));
    }
  }

  private Path kubeconfig(String server) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(file, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: gone
          cluster: {server: "%s", insecure-skip-tls-verify: true}
        users:
        - name: test
          user: {token: test}
        contexts:
        - name: gone
          context: {cluster: gone, user: test}
        current-context: gone
        """.formatted(server));
    return file;
  }

  /** Runs {@code check} as {@code ./calico-bgp} runs it, in a new JVM on this test's class path. */
  private Run check(Path kubeconfig) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"),
        "io.github.calicobgp.cli.CalicoBgp",
        "check", "--datastore", "kubernetes", "--kubeconfig", kubeconfig.toString()));
    Path err = dir.resolve("err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile());
    builder.environment().remove("KUBECONFIG");
    builder.environment().remove("DATASTORE_TYPE");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after 60 s");
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8), took);
  }
}
