package io.github.calicobgp.agent;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A datastore in memory for the agent's tests: delivers batches on a thread of its own, in
 * order, as a real source does. Resources are written as YAML manifests.
 */
final class InMemorySource implements ResourceSource {

  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private volatile SourceListener listener;

  @Override
  public void start(SourceListener listener) {
    this.listener = listener;
    thread.execute(() -> listener.connection(ConnectionState.CONNECTED));
  }

  /** Creates or replaces every resource in {@code yaml}, as one batch. */
  InMemorySource put(String yaml) {
    List<ResourceEvent> batch = new ArrayList<>();
    for (Resource resource : Manifests.read(yaml, "test.yaml").all()) {
      batch.add(ResourceEvent.upsert(resource));
    }
    return deliver(batch);
  }

  /** Deletes every resource named in {@code yaml}, as one batch. */
  InMemorySource delete(String yaml) {
    List<ResourceEvent> batch = new ArrayList<>();
    for (Resource resource : Manifests.read(yaml, "test.yaml").all()) {
      batch.add(ResourceEvent.delete(ResourceKey.of(resource)));
    }
    return deliver(batch);
  }

  /** Says the datastore has been listed completely. */
  InMemorySource sync() {
    thread.execute(() -> listener.inSync());
    return this;
  }

  private InMemorySource deliver(List<ResourceEvent> batch) {
    thread.execute(() -> listener.events(batch));
    return this;
  }

  /** Waits until everything handed over so far has been delivered. */
  void drain() throws Exception {
    thread.submit(() -> {}).get(10, TimeUnit.SECONDS);
  }

  @Override
  public String description() {
    return "memory";
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
