package io.github.calicobgp.agent;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ResourceSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A datastore the agents of a test follow: resources written to it as YAML reach every source it
 * handed out, and it knows the plan they should converge to.
 */
abstract class Datastore implements AutoCloseable {

  private final Map<ResourceKey, Resource> resources = new LinkedHashMap<>();

  /** A new source over this datastore, for one agent. */
  abstract ResourceSource source();

  /** Writes the resources of {@code yaml} (one batch). */
  final void put(String yaml) {
    List<Resource> batch = Manifests.read(yaml, "test.yaml").all();
    for (Resource resource : batch) {
      resources.put(ResourceKey.of(resource), resource);
    }
    write(batch);
  }

  /** Deletes the resources named in {@code yaml}. */
  final void delete(String yaml) {
    List<Resource> batch = Manifests.read(yaml, "test.yaml").all();
    for (Resource resource : batch) {
      resources.remove(ResourceKey.of(resource));
    }
    remove(batch);
  }

  /** Tells the sources they are in sync, where the datastore does not say so itself. */
  void sync() {}

  abstract void write(List<Resource> batch);

  abstract void remove(List<Resource> batch);

  /** What the agents should converge to. */
  final ClusterPlan plan() {
    return new PeeringEngine(PeeringOptions.defaults())
        .planAll(ClusterSnapshot.of(new ArrayList<>(resources.values())));
  }

  /** The datastore in memory: one {@link InMemorySource} per agent, all in sync at once. */
  static final class InMemory extends Datastore {
    private final List<InMemorySource> sources = new ArrayList<>();

    @Override
    ResourceSource source() {
      InMemorySource source = new InMemorySource();
      sources.add(source);
      return source;
    }

    @Override
    void sync() {
      sources.forEach(InMemorySource::sync);
    }

    @Override
    void write(List<Resource> batch) {
      String yaml = Manifests.toYaml(batch);
      sources.forEach(source -> source.put(yaml));
    }

    @Override
    void remove(List<Resource> batch) {
      String yaml = Manifests.toYaml(batch);
      sources.forEach(source -> source.delete(yaml));
    }

    @Override
    public void close() {}
  }
}
