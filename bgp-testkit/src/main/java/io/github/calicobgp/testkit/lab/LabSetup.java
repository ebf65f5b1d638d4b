package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates what a lab is made of (its folder, namespaces and daemons) and undoes it all: on
 * {@link #close()}, when setting up fails half-way, or from a JVM shutdown hook.
 */
final class LabSetup {

  private static final Logger LOG = LoggerFactory.getLogger(LabSetup.class);

  /** BIRD reads its configuration in milliseconds; this only bounds a hung start. */
  private static final Duration DAEMON_START_TIMEOUT = Duration.ofSeconds(10);

  /** How long stopped daemons get to withdraw their routes before SIGKILL. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(3);

  private final String id;
  private final Path directory;
  private final LabTools tools;
  private final Teardown teardown = new Teardown();
  private final Map<String, LabHost> hosts = new LinkedHashMap<>();
  private final Thread shutdownHook;
  private long startNanos;

  private LabSetup(String id, Path directory, LabTools tools) {
    this.id = id;
    this.directory = directory;
    this.tools = tools;
    this.shutdownHook = new Thread(this::closeFromHook, "bird-lab-" + id + "-teardown");
  }

  /**
   * Sets up the hosts and starts their daemons, waiting until each has read its configuration;
   * when anything fails, tears down what was set up and rethrows.
   */
  static LabSetup start(List<LabHost.Spec> specs) {
    LabEnvironment.unavailableReason()
        .ifPresent(reason -> {
          throw new LabException("the BIRD lab cannot run here: " + reason);
        });
    LabTools tools = new LabTools();
    // Every program is looked up before anything is created.
    tools.ip();
    specs.forEach(spec -> requireTools(tools, spec));
    String id = LabNames.randomPrefix();
    Path directory;
    try {
      directory = Files.createTempDirectory(id + "-");
    } catch (IOException e) {
      throw new LabException("cannot create the lab's folder: " + e.getMessage(), e);
    }
    LabSetup setup = new LabSetup(id, directory, tools);
    try {
      setup.setUp(specs);
      return setup;
    } catch (RuntimeException e) {
      try {
        setup.close();
      } catch (RuntimeException teardownFailure) {
        e.addSuppressed(teardownFailure);
      }
      throw e;
    }
  }

  /** The lab's unique prefix. */
  String id() {
    return id;
  }

  /** The hosts by name, in the order they were added. */
  Map<String, LabHost> hosts() {
    return Collections.unmodifiableMap(hosts);
  }

  /** {@link System#nanoTime()} when the first daemon was started. */
  long startNanos() {
    return startNanos;
  }

  /** Stops the daemons, deletes the namespaces and the folder; only the first call does anything. */
  void close() {
    teardown.run();
  }

  /** The PIDs of the daemons started. */
  List<Long> daemonPids() {
    return daemons().stream().map(DaemonProcess::pid).toList();
  }

  private static void requireTools(LabTools tools, LabHost.Spec spec) {
    if (spec.bird4()) {
      tools.bird();
      tools.birdc();
    }
    if (spec.bird6()) {
      tools.bird6();
      tools.birdc6();
    }
    if (spec.frr()) {
      tools.bgpd();
      tools.vtysh();
    }
  }

  private void setUp(List<LabHost.Spec> specs) {
    teardown.add("delete " + directory, () -> deleteRecursively(directory));
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    teardown.add("remove the shutdown hook", this::removeShutdownHook);
    LabNetwork network = new LabNetwork(tools.ip(), id);
    teardown.add("delete the network namespaces", network::delete);
    network.createBridge();
    Path runDirectory = createDirectory(directory.resolve("run"));
    for (LabHost.Spec spec : specs) {
      String namespace = network.addHost(spec.suffix(), spec.ipv4(), spec.ipv6());
      hosts.put(spec.name(), new LabHost(spec, namespace, writeFiles(spec)));
    }
    teardown.add("stop the daemons", this::stopDaemons);
    startNanos = System.nanoTime();
    hosts.values().forEach(host -> host.startDaemons(tools, runDirectory));
    hosts.values().forEach(host -> host.awaitDaemons(DAEMON_START_TIMEOUT));
    LOG.debug("BIRD lab {} started {} hosts in {}", id, hosts.size(), directory);
  }

  private Path writeFiles(LabHost.Spec spec) {
    Path folder = createDirectory(directory.resolve(spec.name()));
    spec.files()
        .forEach(
            (name, text) -> {
              Path file = folder.resolve(name);
              try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new LabException("cannot write " + file + ": " + e.getMessage(), e);
              }
            });
    return folder;
  }

  /** SIGTERM to all first, so that they stop in parallel; SIGKILL to those still up after the grace. */
  private void stopDaemons() throws InterruptedException {
    List<DaemonProcess> processes = daemons();
    processes.forEach(DaemonProcess::terminate);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (DaemonProcess process : processes) {
      if (process.awaitExitOrKill(Duration.ofNanos(deadline - System.nanoTime()))) {
        LOG.warn("BIRD lab {}: killed {}, which ignored SIGTERM", id, process);
      }
    }
  }

  private List<DaemonProcess> daemons() {
    return hosts.values().stream().flatMap(host -> host.processes().stream()).toList();
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down, maybe running this very hook: nothing to remove.
    }
  }

  private void closeFromHook() {
    try {
      close();
    } catch (RuntimeException e) {
      LOG.warn("BIRD lab {}: teardown at JVM exit failed", id, e);
    }
  }

  private static Path createDirectory(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new LabException("cannot create " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
