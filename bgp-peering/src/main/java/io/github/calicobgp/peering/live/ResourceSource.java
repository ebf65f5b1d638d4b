package io.github.calicobgp.peering.live;

import io.github.calicobgp.peering.Datastore;
import java.util.Optional;

/**
 * A datastore that lists and watches Calico's resources (etcd, the Kubernetes API, or a test's
 * own events). Once started it calls its listener from one thread at a time: batches of events,
 * then {@link SourceListener#inSync()} once the first complete list has been delivered, and
 * again after every relist; connection changes as they happen. A source decodes, it never
 * decides what a resource means.
 */
public interface ResourceSource extends AutoCloseable {

  /**
   * Starts listing and watching, delivering to {@code listener}; returns at once.
   *
   * @param listener receives the batches of events and connection changes
   */
  void start(SourceListener listener);

  /**
   * What this source reads, for logs and messages, e.g. {@code etcd http://127.0.0.1:2379}.
   *
   * @return the description
   */
  String description();

  /**
   * The datastore this source reads, whose stored form its resources are planned in
   * ({@link io.github.calicobgp.peering.StoredForm}); the Kubernetes API unless the source says
   * otherwise.
   *
   * @return the datastore
   */
  default Datastore datastore() {
    return Datastore.KUBERNETES;
  }

  /**
   * Why the last attempt to reach the datastore failed, for messages; set before {@link
   * ConnectionState#DISCONNECTED} is reported.
   *
   * @return the reason, or empty when nothing failed yet (or the source does not say)
   */
  default Optional<String> lastError() {
    return Optional.empty();
  }

  /** Stops watching and releases the connection; no listener call follows. */
  @Override
  void close();
}
