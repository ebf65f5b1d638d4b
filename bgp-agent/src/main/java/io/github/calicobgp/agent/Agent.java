package io.github.calicobgp.agent;

import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.live.LiveCluster;
import io.github.calicobgp.peering.live.ResourceSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node agent: a {@link LiveCluster} over a datastore source, the {@link NodeAgent}
 * that writes this node's BIRD files, and optionally the HTTP server for probes and metrics.
 * {@link #close()} stops them in that order: no new change arrives, a write in progress ends
 * safely, then the server stops.
 */
public final class Agent implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

  private final LiveCluster cluster;
  private final NodeAgent node;
  private final AgentMetrics metrics;
  private final @Nullable AgentHttpServer http;
  private final String sourceDescription;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Agent(
      LiveCluster cluster,
      NodeAgent node,
      AgentMetrics metrics,
      @Nullable AgentHttpServer http,
      String sourceDescription) {
    this.cluster = cluster;
    this.node = node;
    this.metrics = metrics;
    this.http = http;
    this.sourceDescription = sourceDescription;
  }

  /**
   * Starts an agent: prepares the directory, starts the HTTP server (when {@code listen} is
   * given) and the source. Nothing is written until the source is in sync.
   *
   * @param source the datastore, not started yet; the agent closes it
   * @param settings what to write, where, and how to check and reload
   * @param options the peering engine's options (the router id)
   * @param listen where to serve {@code /healthz}, {@code /readyz} and {@code /metrics}, or null
   * @return the running agent
   * @throws IOException if the directory cannot be prepared or the address bound
   */
  public static Agent start(
      ResourceSource source,
      AgentSettings settings,
      PeeringOptions options,
      @Nullable InetSocketAddress listen)
      throws IOException {
    NodeAgent[] holder = new NodeAgent[1];
    LiveCluster[] clusterHolder = new LiveCluster[1];
    AgentMetrics metrics =
        new AgentMetrics(
            () -> clusterHolder[0].connection(),
            () -> clusterHolder[0].inSync(),
            () -> holder[0].lastWriteOk());
    LiveCluster cluster =
        new LiveCluster(new CountingSource(source, metrics), new PeeringEngine(options));
    clusterHolder[0] = cluster;
    NodeAgent node = new NodeAgent(settings, () -> cluster.state().plan(), metrics);
    holder[0] = node;
    cluster.subscribe(node);
    node.start();
    AgentHttpServer http = null;
    Agent agent = null;
    try {
      if (listen != null) {
        Agent[] self = new Agent[1];
        http = new AgentHttpServer(listen, () -> self[0] == null ? "starting" : self[0].readiness(), metrics);
        agent = new Agent(cluster, node, metrics, http, source.description());
        self[0] = agent;
      } else {
        agent = new Agent(cluster, node, metrics, null, source.description());
      }
      LOG.info(
          "event=starting node={} config_dir={} source=\"{}\" listen={}",
          settings.nodeName(),
          settings.configDir(),
          source.description(),
          http == null ? "none" : http.address());
      cluster.start();
      return agent;
    } catch (IOException | RuntimeException e) {
      node.close();
      if (http != null) {
        http.close();
      }
      source.close();
      throw e;
    }
  }

  /**
   * Why the agent is not ready, or empty when it is: ready means the source is in sync and the
   * last attempt left the directory up to date.
   *
   * @return the reason, or an empty string
   */
  public String readiness() {
    if (!cluster.inSync()) {
      return "not in sync with " + sourceDescription + " (" + cluster.connection().name().toLowerCase(Locale.ROOT) + ")";
    }
    Optional<WriteOutcome> last = node.lastOutcome();
    if (last.isEmpty()) {
      return "no configuration written yet";
    }
    if (!last.get().ok()) {
      return last.get().result().name().toLowerCase(Locale.ROOT) + ": " + last.get().message();
    }
    return "";
  }

  /**
   * The node loop, to wait on or to inspect.
   *
   * @return the node agent
   */
  public NodeAgent node() {
    return node;
  }

  /**
   * The live cluster the agent follows.
   *
   * @return the cluster
   */
  public LiveCluster cluster() {
    return cluster;
  }

  /**
   * The agent's metrics.
   *
   * @return the metrics
   */
  public AgentMetrics metrics() {
    return metrics;
  }

  /**
   * Where the HTTP server listens, if there is one.
   *
   * @return its address
   */
  public Optional<InetSocketAddress> httpAddress() {
    return http == null ? Optional.empty() : Optional.of(http.address());
  }

  /**
   * Blocks until the process receives SIGTERM or SIGINT, then {@linkplain #close() closes} the
   * agent and ends the process with status 0: a stop that went well is not a failure, whereas
   * the JVM's own exit status after a signal would be 143. (A shutdown hook rather than a signal
   * handler: the JDK's signal API is internal.)
   *
   * @throws InterruptedException if the waiting thread is interrupted (the agent is closed then
   *     too)
   */
  public void runUntilSignalled() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      LOG.info("event=signal");
      close();
      stopped.countDown();
      Runtime.getRuntime().halt(0);
    }, "calico-bgp-agent-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it closes the agent and ends the process.
      }
      close();
    }
  }

  /** Stops the source, then the node loop (a write in progress ends safely), then the server. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.info("event=stopping source=\"{}\"", sourceDescription);
    try {
      cluster.close();
    } finally {
      node.close();
      if (http != null) {
        http.close();
      }
    }
    LOG.info("event=stopped");
  }
}
