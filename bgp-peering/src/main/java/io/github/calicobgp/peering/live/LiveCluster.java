package io.github.calicobgp.peering.live;

import io.github.calicobgp.peering.ChangeSet;
import io.github.calicobgp.peering.ClusterState;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A cluster state that follows a datastore: applies each batch its {@link ResourceSource}
 * delivers and hands the change set to every subscriber. Until the source is first in sync, the
 * state may be partial; {@link #awaitInSync} waits for it.
 */
public final class LiveCluster implements AutoCloseable {

  private final ResourceSource source;
  private final ClusterState state;
  private final List<ChangeSubscriber> subscribers = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstSync = new CountDownLatch(1);
  private volatile boolean inSync;
  private volatile ConnectionState connection = ConnectionState.CONNECTING;

  /**
   * A live cluster over {@code source}, planned by {@code engine} in the stored form of the
   * source's {@link ResourceSource#datastore()}; call {@link #start()}.
   *
   * @param source where resources and their changes come from
   * @param engine the engine that plans every state
   */
  public LiveCluster(ResourceSource source, PeeringEngine engine) {
    this.source = Objects.requireNonNull(source, "source");
    this.state = ClusterState.empty(engine, source.datastore());
  }

  /**
   * Adds a subscriber, called after each batch from then on.
   *
   * @param subscriber called with each batch's changes
   */
  public void subscribe(ChangeSubscriber subscriber) {
    subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
  }

  /**
   * Starts the source.
   *
   * @return this cluster, started
   */
  public LiveCluster start() {
    source.start(new Listener());
    return this;
  }

  /** {@return the state, complete once {@link #inSync()}} */
  public ClusterState state() {
    return state;
  }

  /** {@return whether the source has delivered a complete list} */
  public boolean inSync() {
    return inSync;
  }

  /** {@return the source's connection state} */
  public ConnectionState connection() {
    return connection;
  }

  /**
   * Waits until the source is first in sync.
   *
   * @param timeout how long to wait at most
   * @return whether it was within {@code timeout}
   * @throws java.lang.InterruptedException if the thread is interrupted while waiting
   */
  public boolean awaitInSync(Duration timeout) throws InterruptedException {
    return firstSync.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Closes the source. */
  @Override
  public void close() {
    source.close();
  }

  private final class Listener implements SourceListener {
    @Override
    public void events(List<ResourceEvent> batch) {
      ChangeSet changes = state.apply(batch);
      for (ChangeSubscriber subscriber : subscribers) {
        subscriber.changed(changes, inSync);
      }
    }

    @Override
    public void inSync() {
      inSync = true;
      firstSync.countDown();
      for (ChangeSubscriber subscriber : subscribers) {
        subscriber.inSync(state.plan());
      }
    }

    @Override
    public void connection(ConnectionState state) {
      connection = state;
    }
  }
}
