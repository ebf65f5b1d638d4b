package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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

  private final LabSetup setup;
  private volatile boolean closed;

  private BirdLab(LabSetup setup) {
    this.setup = setup;
  }

  /** {@return a builder for a lab; add nodes and peers, then {@link Builder#start()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every node of {@code plan}, each running the files {@code renderer}
   * makes of its plan; add external peers (such as a fixture's top-of-rack routers), then start it}
   *
   * @param plan the plans of the cluster's nodes
   * @param renderer the renderer that makes each node's BIRD files
   * @throws IllegalArgumentException when a node cannot run in a lab (see {@link
   *     LabNode#of(NodePlan, BirdConfig)})
   */
  public static Builder forCluster(ClusterPlan plan, BirdRenderer renderer) {
    Builder builder = new Builder();
    plan.nodes().forEach(node -> builder.node(LabNode.of(node, renderer.render(node))));
    return builder;
  }

  /**
   * Why a lab cannot run on this machine (not Linux, not root, no {@code ip}, {@code bird} or
   * {@code birdc}, not BIRD 1.6, network namespaces cannot be created), or empty when it can.
   * Probes once per JVM.
   *
   * @return the reason, or empty when a lab can run
   */
  public static Optional<String> unavailableReason() {
    return LabEnvironment.unavailableReason();
  }

  /**
   * {@return the lab's unique prefix, e.g. {@code cbl3fa9c2}: its namespaces are {@code
   * cbl3fa9c2-n1}..}
   */
  public String id() {
    return setup.id();
  }

  /** {@return the names of the nodes, then of the external peers, in the order they were added} */
  public List<String> hosts() {
    return List.copyOf(setup.hosts().keySet());
  }

  /**
   * {@return the network namespace of a node or peer, to run commands in it ({@code ip netns
   * exec})}
   *
   * @param host the name of a node or external peer
   */
  public String namespace(String host) {
    return host(host).namespace();
  }

  /**
   * {@return the folder holding a node's or peer's configuration files, where its daemons run}
   *
   * @param host the name of a node or external peer
   */
  public Path directory(String host) {
    return host(host).directory();
  }

  /**
   * {@return the families a node or peer runs BIRD for: IPv4 ({@code bird}), then IPv6 ({@code
   * bird6})}
   *
   * @param host the name of a node or external peer
   */
  public List<IPFamily> families(String host) {
    return host(host).birds().stream().map(BirdDaemon::family).toList();
  }

  /** {@return how long ago the lab started its first daemon} */
  public Duration elapsedSinceStart() {
    return Duration.ofNanos(System.nanoTime() - setup.startNanos());
  }

  /**
   * {@return how the BGP sessions of {@code plan}'s nodes compare with the plan now: planned peers
   * BIRD lacks or has not Established, and BGP protocols it runs that the plan does not name}
   *
   * @param plan the plans of the lab's nodes
   */
  public SessionReport sessionReport(ClusterPlan plan) {
    return PlanComparison.sessions(this, plan);
  }

  /**
   * Waits until BIRD runs exactly the sessions of {@code plan} on its nodes, all Established, and
   * returns the (clean) report. Fails at once, with a {@link LabException}, when a planned peer
   * has no protocol or a protocol no peer, since waiting cannot change that; on timeout, throws a
   * {@link LabTimeoutException} with the sessions not Established. Sessions without a passive
   * side (route-reflector peerings, say) may come up, collide and drop again for a few seconds;
   * this waits them out.
   *
   * @param plan the plans of the lab's nodes
   * @param timeout how long to wait at most
   * @return the report, with no problem
   */
  public SessionReport awaitPlannedSessions(ClusterPlan plan, Duration timeout) {
    return PlanWaits.sessions(this, plan, timeout);
  }

  /**
   * Waits until every node of {@code plan} has a preferred route, learned from one of its planned
   * peers, to every other node's pod blocks (the blackhole routes of their BlockAffinities) in
   * each family the node runs; on timeout throws a {@link LabTimeoutException} listing what each
   * node still lacks.
   *
   * @param plan the plans of the lab's nodes
   * @param timeout how long to wait at most
   */
  public void awaitPodBlocks(ClusterPlan plan, Duration timeout) {
    PlanWaits.podBlocks(this, plan, timeout);
  }

  /**
   * {@return the pod blocks of other nodes that each node of {@code plan} has no preferred route
   * to, learned from one of its planned peers, now; nodes missing nothing are left out}
   *
   * @param plan the plans of the lab's nodes
   */
  public Map<String, List<String>> missingPodBlocks(ClusterPlan plan) {
    return PlanComparison.missingPodBlocks(this, plan);
  }

  /**
   * {@return the routes, from any protocol, that each node of {@code plan} has now to other nodes'
   * pod blocks; nodes with none are left out}
   *
   * @param plan the plans of the lab's nodes
   */
  public Map<String, List<LabRoute>> podBlockRoutes(ClusterPlan plan) {
    return PlanComparison.podBlockRoutes(this, plan);
  }

  /**
   * {@return the protocols of a BIRD node or peer: those of {@code bird}, then of {@code bird6}}
   *
   * @param host the name of a node or BIRD peer
   */
  public List<ProtocolState> protocols(String host) {
    List<ProtocolState> protocols = new ArrayList<>();
    birds(host).forEach(bird -> protocols.addAll(bird.protocols()));
    return protocols;
  }

  /**
   * {@return the routes of a BIRD node or peer, with attributes: IPv4 ({@code bird}), then IPv6}
   *
   * @param host the name of a node or BIRD peer
   */
  public List<LabRoute> routes(String host) {
    List<LabRoute> routes = new ArrayList<>();
    birds(host).forEach(bird -> routes.addAll(bird.routes()));
    return routes;
  }

  /**
   * What {@code birdc} (or {@code birdc6} for V6) prints for any command, e.g. {@code show status}.
   *
   * @param host the name of a node or BIRD peer
   * @param family which daemon to ask: {@code bird} for V4, {@code bird6} for V6
   * @param command the command, e.g. {@code show protocols all}
   * @return what the command printed
   */
  public String birdc(String host, IPFamily family, String command) {
    return birds(host).stream()
        .filter(bird -> bird.family() == family)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(host + " runs no BIRD for " + family))
        .command(command);
  }

  /**
   * The command line that asks the {@code family} BIRD of a node or peer to reread its
   * configuration ({@code birdc -s SOCKET configure}), for a program that writes the files itself
   * and reloads BIRD as calico-node's confd does.
   *
   * @param host a node or peer of the lab
   * @param family which daemon
   * @return the command and its arguments
   * @throws IllegalArgumentException if the host runs no BIRD for {@code family}
   */
  public List<String> reloadCommand(String host, IPFamily family) {
    BirdDaemon bird =
        birds(host).stream()
            .filter(daemon -> daemon.family() == family)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(host + " runs no BIRD for " + family));
    return List.of(bird.client(), "-s", bird.socket().toString(), "configure");
  }

  /**
   * What FRR's {@code vtysh -c command} prints on an FRR peer, e.g. {@code show bgp summary}.
   *
   * @param peer the name of an FRR peer
   * @param command the command, e.g. {@code show bgp summary}
   * @return what the command printed
   */
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
   *
   * @param timeout how long to wait at most
   */
  public void awaitEstablished(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<BirdDaemon> all = setup.hosts().values().stream().flatMap(h -> h.birds().stream()).toList();
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
          LOG.debug("BIRD lab {}: all BGP sessions Established {} ms after the first daemon started",
              setup.id(), (System.nanoTime() - setup.startNanos()) / 1_000_000);
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
   *
   * @param host the name of a node or BIRD peer
   * @param condition what the routes must satisfy
   * @param timeout how long to wait at most
   * @return the routes that satisfied {@code condition}
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

  /**
   * Waits until a BIRD node or peer has a preferred route for {@code prefix}, and returns it.
   *
   * @param host the name of a node or BIRD peer
   * @param prefix the route's prefix, e.g. {@code 10.244.1.0/26}
   * @param timeout how long to wait at most
   * @return the preferred route
   */
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
    setup.close();
  }

  /** The PIDs of the daemons the lab started, for tests of the teardown. */
  List<Long> daemonPids() {
    return setup.daemonPids();
  }

  private LabHost host(String name) {
    if (closed) {
      throw new IllegalStateException("the BIRD lab " + setup.id() + " is closed");
    }
    LabHost host = setup.hosts().get(name);
    if (host == null) {
      throw new IllegalArgumentException(
          "no host '" + name + "' in the lab; hosts: " + setup.hosts().keySet());
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

  /** Collects the nodes and external peers of a lab, then starts it. */
  public static final class Builder {
    private final List<LabNode> nodes = new ArrayList<>();
    private final List<ExternalPeer> peers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a Calico node.
     *
     * @param node the node, with its addresses and BIRD files
     * @return this builder
     */
    public Builder node(LabNode node) {
      nodes.add(node);
      return this;
    }

    /**
     * Adds Calico nodes, in order.
     *
     * @param more the nodes, with their addresses and BIRD files
     * @return this builder
     */
    public Builder nodes(Collection<LabNode> more) {
      nodes.addAll(more);
      return this;
    }

    /**
     * Adds a router outside the cluster.
     *
     * @param peer the router, with its addresses and configuration
     * @return this builder
     */
    public Builder externalPeer(ExternalPeer peer) {
      peers.add(peer);
      return this;
    }

    /**
     * Adds routers outside the cluster, in order, e.g. a fixture's top-of-rack routers.
     *
     * @param more the routers, with their addresses and configuration
     * @return this builder
     */
    public Builder externalPeers(Collection<ExternalPeer> more) {
      peers.addAll(more);
      return this;
    }

    /**
     * Sets up the network, writes the files, starts every daemon and waits until each has read its
     * configuration. A daemon that exits instead is a {@link DaemonStartException} carrying its
     * own message; whatever was set up by then is torn down.
     *
     * @return the running lab; close it to tear it down
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
      return new BirdLab(LabSetup.start(specs));
    }

    private static void checkUnique(Set<String> names, String name) {
      if (!names.add(name)) {
        throw new IllegalArgumentException("two hosts are named '" + name + "'");
      }
    }
  }
}
