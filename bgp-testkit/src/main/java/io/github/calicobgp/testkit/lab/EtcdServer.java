package io.github.calicobgp.testkit.lab;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, single-member {@code etcd} server for tests: started on free loopback ports with a
 * data directory of its own, killed and deleted by {@link #close()}. It can be killed ({@code
 * SIGKILL}) and restarted on the same ports and data, to test what a client does when etcd goes
 * away. Needs the {@code etcd} binary (Debian package {@code etcd-server}) on the {@code PATH}.
 *
 * <pre>{@code
 * try (EtcdServer etcd = EtcdServer.startOrSkip()) {
 *   connect(etcd.endpoint());   // http://127.0.0.1:PORT
 * }
 * }</pre>
 */
public final class EtcdServer implements AutoCloseable {

  /**
   * The environment variable that turns a test skipped for want of {@code etcd} into a failure;
   * {@link LabAssumptions#REQUIRE_BIRD}, which CI sets, does the same.
   */
  public static final String REQUIRE_ETCD = "CALICO_BGP_REQUIRE_ETCD";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Path binary;
  private final Path directory;
  private final int clientPort;
  private final int peerPort;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private @Nullable Process process;

  private EtcdServer(Path binary, Path directory, int clientPort, int peerPort) {
    this.binary = binary;
    this.directory = directory;
    this.clientPort = clientPort;
    this.peerPort = peerPort;
  }

  /**
   * The {@code etcd} binary on the {@code PATH}.
   *
   * @return its path, or empty when it is not installed
   */
  public static Optional<Path> locate() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "etcd");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a server, or skips the calling test when {@code etcd} is not installed; fails it
   * instead when {@code CALICO_BGP_REQUIRE_ETCD=1} or {@code CALICO_BGP_REQUIRE_BIRD=1}.
   *
   * @return the running server
   */
  public static EtcdServer startOrSkip() {
    Optional<Path> binary = locate();
    if (binary.isEmpty()) {
      String why = "etcd (Debian package 'etcd-server') is not on the PATH";
      if ("1".equals(System.getenv(REQUIRE_ETCD))
          || "1".equals(System.getenv(LabAssumptions.REQUIRE_BIRD))) {
        Assertions.fail(REQUIRE_ETCD + " or " + LabAssumptions.REQUIRE_BIRD + " is 1, but " + why);
      }
      Assumptions.abort("etcd unavailable: " + why);
    }
    return start(binary.get());
  }

  /**
   * Starts {@code binary} on free loopback ports with a new temporary data directory, and waits
   * until it answers its health check.
   *
   * @param binary the {@code etcd} executable
   * @return the running server
   * @throws IllegalStateException when it does not become healthy within 30 seconds
   */
  public static EtcdServer start(Path binary) {
    try {
      Path dir = Files.createTempDirectory("calico-bgp-etcd");
      EtcdServer server = new EtcdServer(binary, dir, freePort(), freePort());
      server.launch();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The client URL.
   *
   * @return {@code http://127.0.0.1:PORT}
   */
  public String endpoint() {
    return "http://127.0.0.1:" + clientPort;
  }

  /**
   * Whether the process is alive.
   *
   * @return whether it runs
   */
  public synchronized boolean running() {
    return process != null && process.isAlive();
  }

  /** Kills the server at once ({@code SIGKILL}), keeping its data; {@link #restart()} revives it. */
  public synchronized void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  /** Starts the killed server again, on the same ports and data, and waits until it is healthy. */
  public synchronized void restart() {
    kill();
    launch();
  }

  /** Kills the server and deletes its data. */
  @Override
  public synchronized void close() {
    kill();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is no reason to fail a test.
    }
  }

  private synchronized void launch() {
    String peer = "http://127.0.0.1:" + peerPort;
    List<String> command = List.of(
        binary.toString(),
        "--name", "test",
        "--data-dir", directory.resolve("data").toString(),
        "--listen-client-urls", endpoint(),
        "--advertise-client-urls", endpoint(),
        "--listen-peer-urls", peer,
        "--initial-advertise-peer-urls", peer,
        "--initial-cluster", "test=" + peer,
        "--log-level", "warn");
    try {
      process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("etcd.log").toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + binary, e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("etcd exited with " + process.exitValue() + ": " + log());
      }
      if (healthy()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while etcd started", e);
      }
    }
    throw new IllegalStateException("etcd not healthy after " + START_TIMEOUT + ": " + log());
  }

  private boolean healthy() {
    try {
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(URI.create(endpoint() + "/health"))
              .timeout(Duration.ofSeconds(1)).build(),
          HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 && r.body().contains("true");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String log() {
    try {
      String text = Files.readString(directory.resolve("etcd.log"));
      return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
