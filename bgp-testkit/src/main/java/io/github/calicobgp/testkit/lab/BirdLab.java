package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running lab of real BIRD 1.6 daemons: one network namespace per Calico node (and per external
 * peer), all on one private bridge, each running the daemons of its configuration files. Close it
 * to stop the daemons and delete the namespaces; a JVM shutdown hook does the same as a last
 * resort.
 *
 * <pre>{@code
 * try (BirdLab lab = BirdLab.builder().node(node1).node(node2).start()) {
 *   lab.awaitEstablished(Duration.ofSeconds(10));
 *   lab.awaitRoute("node1", "10.98.2.0/26", Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class BirdLab implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BirdLab.class);

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
  private volatile boolean closed;
  private long startNanos;

  private BirdLab(String id, Path directory, LabTools tools) {
    this.id = id;
    this.directory = directory;
    this.tools = tools;
    this.shutdownHook = new Thread(this::closeFromHook, "bird-lab-" + id + "-teardown");
  }

  /** A builder for a lab; add nodes and peers, then {@link Builder#start()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Why a lab cannot run on this machine (not Linux, not root, no {@code ip}, {@code bird} or
   * {@code birdc}, not BIRD 1.6, network namespaces cannot be created), or empty when it can.
   * Probes once per JVM.
   */
  public static Optional<String> unavailableReason() {
    return LabEnvironment.unavailableReason();
  }

  /** The lab's unique prefix, e.g. {@code cbl3fa9c2}: its namespaces are {@code cbl3fa9c2-n1}... */
  public String id() {
    return id;
  }

  /** The names of the nodes, then of the external peers, in the order they were added. */
  public List<String> hosts() {
    return List.copyOf(hosts.keySet());
  }

  /** The network namespace of a node or peer, to run commands in it ({@code ip netns exec}). */
  public String namespace(String host) {
    return host(host).namespace();
  }

  /** The folder holding a node's or peer's configuration files, where its daemons run. */
  public Path directory(String host) {
    return host(host).directory();
  }

  /** The protocols of a BIRD node or peer: those of {@code bird}, then of {@code bird6}. */
  public List<ProtocolState> protocols(String host) {
    List<ProtocolState> protocols = new ArrayList<>();
    birds(host).forEach(bird -> protocols.addAll(bird.protocols()));
    return protocols;
  }

  /** The routes of a BIRD node or peer, with attributes: IPv4 ({@code bird}), then IPv6. */
  public List<LabRoute> routes(String host) {
    List<LabRoute> routes = new ArrayList<>();
    birds(host).forEach(bird -> routes.addAll(bird.routes()));
    return routes;
  }

  /** What {@code birdc} (or {@code birdc6} for V6) prints for any command, e.g. {@code show status}. */
  public String birdc(String host, IPFamily family, String command) {
    return birds(host).stream()
        .filter(bird -> bird.family() == family)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(host + " runs no BIRD for " + family))
        .command(command);
  }

  /** What FRR's {@code vtysh -c command} prints on an FRR peer, e.g. {@code show bgp summary}. */
  public String vtysh(String peer, String command) {
    FrrDaemon frr = host(peer).frr();
    if (frr == null) {
      throw new IllegalArgumentException(peer + " is not an FRR peer");
    }
    return frr.vtysh(command);
  }

  /**
   * Waits until every BGP protocol of every BIRD daemon is Established, polling each daemon until
   * all its sessions are up, then checking them all once more. On timeout, throws a {@link
   * NotEstablishedException} listing the sessions that did not get there, with their state.
   */
  public void awaitEstablished(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<BirdDaemon> all = hosts.values().stream().flatMap(h -> h.birds().stream()).toList();
    Set<BirdDaemon> pending = new LinkedHashSet<>(all);
    Map<BirdDaemon, List<ProtocolState>> notEstablished = new LinkedHashMap<>();
    boolean confirming = false;
    while (true) {
      for (Iterator<BirdDaemon> it = pending.iterator(); it.hasNext(); ) {
        BirdDaemon bird = it.next();
        List<ProtocolState> down =
            bird.protocols().stream().filter(p -> p.isBgp() && !p.isEstablished()).toList();
        if (down.isEmpty()) {
          notEstablished.remove(bird);
          it.remove();
        } else {
          notEstablished.put(bird, down);
        }
      }
      if (pending.isEmpty()) {
        if (confirming) {
          LOG.info("BIRD lab {}: all BGP sessions Established {} ms after the first daemon started",
              id, (System.nanoTime() - startNanos) / 1_000_000);
          return;
        }
        // A session seen up may have dropped since (a collision, say): check all once more.
        confirming = true;
        pending.addAll(all);
        continue;
      }
      confirming = false;
      if (System.nanoTime() - deadline >= 0) {
        Map<String, List<ProtocolState>> byHost = new LinkedHashMap<>();
        notEstablished.forEach(
            (bird, states) ->
                byHost.computeIfAbsent(bird.host(), h -> new ArrayList<>()).addAll(states));
        throw new NotEstablishedException(timeout, byHost);
      }
      Poll.pause();
    }
  }

  /**
   * Polls the routes of a BIRD node or peer (both families) until {@code condition} holds and
   * returns them; on timeout throws a {@link LabTimeoutException} showing the routes last seen.
   */
  public List<LabRoute> awaitRoutes(
      String host, Predicate<? super List<LabRoute>> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<LabRoute> routes = routes(host);
      if (condition.test(routes)) {
        return routes;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new LabTimeoutException(
            "routes of " + host + " did not satisfy the condition within " + timeout.toMillis()
                + " ms; last seen:" + describe(routes));
      }
      Poll.pause();
    }
  }

  /** Waits until a BIRD node or peer has a preferred route for {@code prefix}, and returns it. */
  public LabRoute awaitRoute(String host, String prefix, Duration timeout) {
    Predicate<LabRoute> wanted = route -> route.prefix().equals(prefix) && route.primary();
    return awaitRoutes(host, routes -> routes.stream().anyMatch(wanted), timeout).stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Stops every daemon (SIGTERM, then SIGKILL after a grace period), deletes the namespaces and
   * the lab's folder. Does nothing the second time.
   */
  @Override
  public void close() {
    closed = true;
    teardown.run();
  }

  private static BirdLab start(List<LabHost.Spec> specs) {
    unavailableReason()
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
    BirdLab lab = new BirdLab(id, directory, tools);
    try {
      lab.setUp(specs);
      return lab;
    } catch (RuntimeException e) {
      try {
        lab.close();
      } catch (RuntimeException teardownFailure) {
        e.addSuppressed(teardownFailure);
      }
      throw e;
    }
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
              try {
                Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new LabException("cannot write " + folder.resolve(name) + ": " + e.getMessage(), e);
              }
            });
    return folder;
  }

  /** SIGTERM to all first, so that they stop in parallel; SIGKILL to those still up after the grace. */
  private void stopDaemons() throws InterruptedException {
    List<DaemonProcess> processes =
        hosts.values().stream().flatMap(host -> host.processes().stream()).toList();
    processes.forEach(DaemonProcess::terminate);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (DaemonProcess process : processes) {
      if (process.awaitExitOrKill(Duration.ofNanos(deadline - System.nanoTime()))) {
        LOG.warn("BIRD lab {}: killed {}, which ignored SIGTERM", id, process);
      }
    }
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

  /** The PIDs of the daemons the lab started, for tests of the teardown. */
  List<Long> daemonPids() {
    return hosts.values().stream()
        .flatMap(host -> host.processes().stream())
        .map(DaemonProcess::pid)
        .toList();
  }

  private LabHost host(String name) {
    if (closed) {
      throw new IllegalStateException("the BIRD lab " + id + " is closed");
    }
    LabHost host = hosts.get(name);
    if (host == null) {
      throw new IllegalArgumentException("no host '" + name + "' in the lab; hosts: " + hosts.keySet());
    }
    return host;
  }

  private List<BirdDaemon> birds(String name) {
    List<BirdDaemon> birds = host(name).birds();
    if (birds.isEmpty()) {
      throw new IllegalArgumentException(name + " runs no BIRD daemon");
    }
    return birds;
  }

  private static String describe(List<LabRoute> routes) {
    if (routes.isEmpty()) {
      return " none";
    }
    return routes.stream()
        .map(r -> "\n  " + r.prefix() + " " + r.destination() + " " + r.nextHops() + " ["
            + r.protocol() + "]" + (r.primary() ? " *" : ""))
        .collect(Collectors.joining());
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

  /** Collects the nodes and external peers of a lab, then starts it. */
  public static final class Builder {
    private final List<LabNode> nodes = new ArrayList<>();
    private final List<ExternalPeer> peers = new ArrayList<>();

    private Builder() {}

    /** Adds a Calico node. */
    public Builder node(LabNode node) {
      nodes.add(node);
      return this;
    }

    /** Adds Calico nodes, in order. */
    public Builder nodes(Collection<LabNode> more) {
      nodes.addAll(more);
      return this;
    }

    /** Adds a router outside the cluster. */
    public Builder externalPeer(ExternalPeer peer) {
      peers.add(peer);
      return this;
    }

    /**
     * Sets up the network, writes the files, starts every daemon and waits until each has read its
     * configuration. A daemon that exits instead is a {@link DaemonStartException} carrying its
     * own message; whatever was set up by then is torn down.
     */
    public BirdLab start() {
      List<LabHost.Spec> specs = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (LabNode node : nodes) {
        checkUnique(names, node.name());
        specs.add(new LabHost.Spec(node.name(), "n" + (specs.size() + 1), node.ipv4(),
            node.ipv6(), node.files(), true, node.ipv6() != null, false));
      }
      int index = 0;
      for (ExternalPeer peer : peers) {
        checkUnique(names, peer.name());
        boolean frr = peer.daemon() == ExternalPeer.Daemon.FRR;
        specs.add(new LabHost.Spec(peer.name(), "x" + ++index, peer.ipv4(), peer.ipv6(),
            peer.files(), !frr, peer.runsBird6(), frr));
      }
      if (specs.isEmpty()) {
        throw new IllegalStateException("a lab needs at least one node or external peer");
      }
      return BirdLab.start(specs);
    }

    private static void checkUnique(Set<String> names, String name) {
      if (!names.add(name)) {
        throw new IllegalArgumentException("two hosts are named '" + name + "'");
      }
    }
  }
}
