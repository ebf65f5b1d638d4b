package io.github.calicobgp.agent;

import io.github.calicobgp.peering.live.ConnectionState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The agent's Prometheus metrics (Micrometer): events and batches applied, renders, checks,
 * writes and reloads with their failures, the latency from a change arriving to its files being
 * written and BIRD reloaded, whether the datastore is in sync, and its connection state.
 */
public final class AgentMetrics {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter events;
  private final Counter batches;
  private final Counter undecodable;
  private final Map<WriteOutcome.Result, Counter> outcomes = new EnumMap<>(WriteOutcome.Result.class);
  private final Counter reloads;
  private final Counter reloadFailures;
  private final Timer eventToWrite;

  /**
   * Metrics that read the datastore's state from the given suppliers when scraped.
   *
   * @param connection the source's connection state now
   * @param inSync whether the source is in sync now
   * @param lastWriteOk whether the last attempt left the directory up to date
   */
  public AgentMetrics(
      Supplier<ConnectionState> connection, Supplier<Boolean> inSync, Supplier<Boolean> lastWriteOk) {
    events =
        Counter.builder("calico_bgp_agent_events_applied")
            .description("Resource events applied to the cluster state")
            .register(registry);
    batches =
        Counter.builder("calico_bgp_agent_batches_applied")
            .description("Batches of resource events applied")
            .register(registry);
    undecodable =
        Counter.builder("calico_bgp_agent_undecodable_values")
            .description("Datastore values skipped because they do not decode")
            .register(registry);
    for (WriteOutcome.Result result : WriteOutcome.Result.values()) {
      outcomes.put(
          result,
          Counter.builder("calico_bgp_agent_renders")
              .description(
                  "Attempts to bring the configuration up to date, by outcome (written, unchanged,"
                      + " render_failed, check_failed, write_failed, no_node)")
              .tag("outcome", result.name().toLowerCase(java.util.Locale.ROOT))
              .register(registry));
    }
    reloads =
        Counter.builder("calico_bgp_agent_reloads")
            .description("Reload commands run")
            .register(registry);
    reloadFailures =
        Counter.builder("calico_bgp_agent_reload_failures")
            .description("Reload commands that failed")
            .register(registry);
    eventToWrite =
        Timer.builder("calico_bgp_agent_event_to_write")
            .description(
                "From the first change of a batch arriving to its files written and BIRD reloaded")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(registry);
    for (ConnectionState state : ConnectionState.values()) {
      Gauge.builder("calico_bgp_agent_datastore_connection", () -> connection.get() == state ? 1 : 0)
          .description("1 for the datastore connection's current state, 0 for the others")
          .tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
          .register(registry);
    }
    Gauge.builder("calico_bgp_agent_in_sync", () -> inSync.get() ? 1 : 0)
        .description("1 when the datastore source is in sync")
        .register(registry);
    Gauge.builder("calico_bgp_agent_last_write_ok", () -> lastWriteOk.get() ? 1 : 0)
        .description("1 when the last attempt left the configuration directory up to date")
        .register(registry);
  }

  /**
   * Counts a batch of events.
   *
   * @param size how many events it held
   */
  public void batch(int size) {
    batches.increment();
    events.increment(size);
  }

  /** Counts a datastore value that does not decode. */
  public void undecodable() {
    undecodable.increment();
  }

  /**
   * Counts one attempt and, when it wrote, its latency.
   *
   * @param outcome what it did
   * @param sinceFirstChange from the first change it covers to now, or null when unknown
   */
  public void outcome(WriteOutcome outcome, Duration sinceFirstChange) {
    outcomes.get(outcome.result()).increment();
    reloads.increment(outcome.reloads());
    reloadFailures.increment(outcome.failedReloads());
    if (outcome.result() == WriteOutcome.Result.WRITTEN) {
      eventToWrite.record(sinceFirstChange);
    }
  }

  /**
   * How many attempts ended with {@code result}.
   *
   * @param result an outcome
   * @return the count so far
   */
  public long count(WriteOutcome.Result result) {
    return (long) outcomes.get(result).count();
  }

  /**
   * The event-to-write latencies recorded so far.
   *
   * @return the timer
   */
  public Timer eventToWrite() {
    return eventToWrite;
  }

  /**
   * Every metric in Prometheus' text format (version 0.0.4).
   *
   * @return the exposition text
   */
  public String scrape() {
    return registry.scrape();
  }
}
