package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cluster that changes one event at a time: mutable by {@link #apply}, immutable by snapshot.
 * Each batch of events gives a new {@link ClusterSnapshot} and {@link ClusterPlan}, and a
 * {@link ChangeSet} that says which nodes' plans changed. Readers of {@link #plan()} never see
 * a half-applied batch. Thread-safe.
 */
public final class ClusterState {

  private final PeeringEngine engine;
  private final Map<ResourceKey, Resource> resources = new LinkedHashMap<>();
  private ClusterPlan plan;

  private ClusterState(PeeringEngine engine, Collection<? extends Resource> initial) {
    this.engine = Objects.requireNonNull(engine, "engine");
    for (Resource resource : initial) {
      resources.put(ResourceKey.of(resource), resource);
    }
    this.plan = engine.planAll(ClusterSnapshot.of(resources.values()));
  }

  /**
   * {@return a state with no resources, planned by {@code engine}}
   *
   * @param engine the engine that plans every state
   */
  public static ClusterState empty(PeeringEngine engine) {
    return new ClusterState(engine, List.of());
  }

  /**
   * {@return a state holding {@code resources} (a later one replaces an earlier one with its key)}
   *
   * @param resources the initial resources, in any order
   * @param engine the engine that plans every state
   */
  public static ClusterState of(Collection<? extends Resource> resources, PeeringEngine engine) {
    return new ClusterState(engine, resources);
  }

  /**
   * Applies one event.
   *
   * @param event the event to apply
   * @return the plans before and after, and the nodes whose plan changed
   */
  public ChangeSet apply(ResourceEvent event) {
    return apply(List.of(event));
  }

  /**
   * Applies a batch of events in order, as one change.
   *
   * @param events the events of the batch, in order
   * @return the plans before and after the batch, and the nodes whose plan changed
   */
  public synchronized ChangeSet apply(List<? extends ResourceEvent> events) {
    for (ResourceEvent event : events) {
      if (event instanceof ResourceEvent.Upsert upsert) {
        resources.put(upsert.key(), upsert.resource());
      } else {
        resources.remove(event.key());
      }
    }
    ClusterPlan before = plan;
    plan = engine.planAll(ClusterSnapshot.of(resources.values()));
    return ChangeSet.between(before, plan);
  }

  /** {@return the current snapshot} */
  public synchronized ClusterSnapshot snapshot() {
    return plan.snapshot();
  }

  /** {@return the current plans of every node} */
  public synchronized ClusterPlan plan() {
    return plan;
  }

  /** {@return the resources the state holds now, in no particular order} */
  public synchronized List<Resource> resources() {
    return new ArrayList<>(resources.values());
  }
}
