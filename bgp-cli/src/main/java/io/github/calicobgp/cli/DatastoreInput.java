package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.agent.AgentSources;
import io.github.calicobgp.kubernetes.KubernetesSettings;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads a live datastore once: starts its source, waits until it is in sync, and hands over the
 * resources as a set, to be answered exactly as FILE arguments are. A datastore that cannot be
 * reached is one line of invalid input, not a wait.
 */
final class DatastoreInput {

  /**
   * How long connecting to the API server may take when it is read once: a server that accepts
   * no connection (a dropped route, a hung process) is reported after this rather than after
   * fabric8's 10 s. A refused connection fails at once whatever it is. The agent keeps the
   * default and retries without end.
   */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  private DatastoreInput() {}

  /**
   * The resources of the datastore {@code config} describes.
   *
   * @param config the datastore
   * @param kubernetes how the Kubernetes datastore is read
   * @param timeout how long the complete list may take
   * @param err where values that do not decode are reported (skipped, as Calico skips them)
   * @return the resources
   * @throws InvalidInputException when the datastore cannot be read
   */
  static ResourceSet read(DatastoreConfig config, KubernetesSettings kubernetes, Duration timeout,
      PrintWriter err) {
    ResourceSource source = open(config, kubernetes.withConnectTimeout(
        timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT));
    Collector collector = new Collector(source);
    try {
      source.start(collector);
      boolean done = collector.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
      String failure = collector.failure;
      if (failure != null) {
        throw new InvalidInputException("calico-bgp: " + source.description() + ": cannot read: "
            + failure);
      }
      if (!done) {
        throw new InvalidInputException("calico-bgp: " + source.description()
            + ": no complete list within " + timeout.toSeconds() + " s (see --sync-timeout)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidInputException("calico-bgp: interrupted while reading "
          + source.description());
    } finally {
      source.close();
    }
    for (String line : collector.undecodable()) {
      err.println("calico-bgp: warning: " + line + " (skipped, as Calico skips it)");
    }
    err.flush();
    return ResourceSet.of(collector.resources());
  }

  private static ResourceSource open(DatastoreConfig config, KubernetesSettings kubernetes) {
    try {
      return AgentSources.open(config, kubernetes);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("calico-bgp: " + e.getMessage());
    }
  }

  /** Collects the first complete list, or the first failure. */
  private static final class Collector implements SourceListener {
    final CountDownLatch done = new CountDownLatch(1);
    private final ResourceSource source;
    private final Map<ResourceKey, Resource> resources = new LinkedHashMap<>();
    private final List<String> undecodable = new ArrayList<>();
    /** Why the first attempt failed, taken when it is reported: the source goes on trying. */
    volatile @Nullable String failure;

    Collector(ResourceSource source) {
      this.source = source;
    }

    @Override
    public synchronized void events(List<ResourceEvent> batch) {
      for (ResourceEvent e : batch) {
        if (e instanceof ResourceEvent.Upsert u) {
          resources.put(u.key(), u.resource());
        } else {
          resources.remove(e.key());
        }
      }
    }

    @Override
    public void inSync() {
      done.countDown();
    }

    @Override
    public void connection(ConnectionState state) {
      // One attempt is enough for a command: failing at once beats waiting for a retry.
      if (state == ConnectionState.DISCONNECTED && done.getCount() > 0) {
        failure = source.lastError().orElse("unreachable");
        done.countDown();
      }
    }

    @Override
    public synchronized void undecodable(String key, String message) {
      undecodable.add(key + ": " + message);
    }

    synchronized List<Resource> resources() {
      return new ArrayList<>(resources.values());
    }

    synchronized List<String> undecodable() {
      return new ArrayList<>(undecodable);
    }

  }
}
