package io.github.calicobgp.etcd;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link EtcdSource} pages, batches and retries.
 *
 * @param pageSize keys per list request
 * @param maxBatch most events per batch handed to the listener while watching; a larger burst is
 *     split, so that memory stays bounded whatever the burst
 * @param maxQueuedResponses watch responses buffered before the watch stream is held back
 * @param initialBackoff the first wait before reconnecting
 * @param maxBackoff the longest wait between reconnections (the wait doubles up to it)
 * @param requestTimeout how long one request (a list page, a probe) may take
 * @param probeInterval how often an idle watch checks that etcd still answers
 */
public record EtcdSettings(
    int pageSize,
    int maxBatch,
    int maxQueuedResponses,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration requestTimeout,
    Duration probeInterval) {

  /**
   * Checks the values.
   *
   * @param initialBackoff the first wait before reconnecting
   * @param maxBackoff the longest wait between reconnections (the wait doubles up to it)
   * @param maxBatch most events per batch handed to the listener while watching; a larger burst is split, so that memory stays bounded whatever the burst
   * @param maxQueuedResponses watch responses buffered before the watch stream is held back
   * @param pageSize keys per list request
   * @param probeInterval how often an idle watch checks that etcd still answers
   * @param requestTimeout how long one request (a list page, a probe) may take
   */
  public EtcdSettings {
    if (pageSize < 1 || maxBatch < 1 || maxQueuedResponses < 1) {
      throw new IllegalArgumentException("page size, batch size and queue must be positive");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(probeInterval, "probeInterval");
  }

  /**
   * Pages of 1,000 keys, batches of at most 1,000 events, 64 buffered responses, backoff from
   * 100 ms to 5 s, 5 s per request, a probe every second.
   *
   * @return the defaults
   */
  public static EtcdSettings defaults() {
    return new EtcdSettings(1000, 1000, 64, Duration.ofMillis(100), Duration.ofSeconds(5),
        Duration.ofSeconds(5), Duration.ofSeconds(1));
  }

  /**
   * These settings with another batch size.
   *
   * @param events most events per batch
   * @return the new settings
   */
  public EtcdSettings withMaxBatch(int events) {
    return new EtcdSettings(pageSize, events, maxQueuedResponses, initialBackoff, maxBackoff,
        requestTimeout, probeInterval);
  }

  /**
   * These settings with another page size.
   *
   * @param keys keys per list request
   * @return the new settings
   */
  public EtcdSettings withPageSize(int keys) {
    return new EtcdSettings(keys, maxBatch, maxQueuedResponses, initialBackoff, maxBackoff,
        requestTimeout, probeInterval);
  }
}
