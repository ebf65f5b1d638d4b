package io.github.calicobgp.peering.live;

import io.github.calicobgp.peering.ResourceEvent;
import java.util.List;

/** What a {@link ResourceSource} tells: batches of events, being in sync, its connection. */
public interface SourceListener {

  /**
   * A batch of events, to be applied in order as one change.
   *
   * @param batch the events, in order
   */
  void events(List<ResourceEvent> batch);

  /**
   * The events delivered so far make up the whole datastore: the first time after the initial
   * list, and again after each relist.
   */
  void inSync();

  /**
   * The source's connection to its datastore changed.
   *
   * @param state the new state of the connection
   */
  default void connection(ConnectionState state) {}

  /**
   * A value under the source's prefix that does not decode, skipped as Calico skips it.
   *
   * @param key where it was found (an etcd key, or {@code Kind/namespace/name})
   * @param message why it does not decode
   */
  default void undecodable(String key, String message) {}
}
