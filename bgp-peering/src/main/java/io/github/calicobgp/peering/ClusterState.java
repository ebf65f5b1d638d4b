package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A cluster that changes one event at a time: mutable by {@link #apply}, immutable by snapshot.
 * Each batch of events gives a new {@link ClusterSnapshot} and {@link ClusterPlan}, and a
 * {@link ChangeSet} that says which nodes' plans changed and how. Readers of {@link #plan()} never
 * see a half-applied batch. Thread-safe.
 *
 * <p>Incremental: a batch derives the new snapshot from the old one, sharing every index the
 * batch does not touch and updating node indexes for the changed nodes only; then only the nodes
 * the batch can affect are planned again (the rules are in {@code AffectedNodes}: a Node's own
 * change, the nodes that get records made from it, a BGPPeer's nodes before and after, every node
 * for the {@code default} BGPConfiguration, a BGPFilter or an IPPool...), and every other node
 * keeps its plan object. The result is always the plan {@link PeeringEngine#planAll} gives for the
 * same resources.
 *
 * <p>Errors: a batch is applied whole or not at all. If planning an affected node throws, the
 * state stays as it was before the batch (its resources, snapshot and plan) and the exception
 * propagates, wrapped in a {@link PlanningException} naming the batch; a later batch starts from
 * the state before the failed one.
 */
public final class ClusterState {

  /** Kinds whose every resource goes into one list of the snapshot (few per cluster). */
  private static final Set<ResourceKind> LISTED = Collections.unmodifiableSet(
      java.util.EnumSet.of(ResourceKind.BGP_CONFIGURATION, ResourceKind.BGP_PEER,
          ResourceKind.BGP_FILTER, ResourceKind.IP_POOL, ResourceKind.SECRET,
          ResourceKind.SERVICE, ResourceKind.ENDPOINT_SLICE));

  private final PeeringEngine engine;
  private final Datastore datastore;
  private final Map<ResourceKey, Resource> resources = new HashMap<>();
  private final Map<ResourceKind, Map<ResourceKey, Resource>> listed =
      new EnumMap<>(ResourceKind.class);
  private final Map<String, Map<ResourceKey, BlockAffinity>> blocksByNode = new HashMap<>();
  private final Map<String, Map<ResourceKey, WorkloadEndpoint>> endpointsByNode = new HashMap<>();
  private volatile ClusterPlan plan;

  private ClusterState(
      PeeringEngine engine, Collection<? extends Resource> initial, Datastore datastore) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.datastore = Objects.requireNonNull(datastore, "datastore");
    for (ResourceKind kind : LISTED) {
      listed.put(kind, new LinkedHashMap<>());
    }
    Map<ResourceKey, Resource> latest = new LinkedHashMap<>();
    for (Resource resource : initial) {
      latest.put(ResourceKey.of(resource), resource);
    }
    latest.forEach((key, resource) -> store(key, null, resource));
    this.plan = engine.planAll(ClusterSnapshot.of(resources.values(), datastore));
  }

  /**
   * A state with no resources, planned by {@code engine}.
   *
   * @param engine plans the nodes
   * @return the empty state
   */
  public static ClusterState empty(PeeringEngine engine) {
    return empty(engine, Datastore.KUBERNETES);
  }

  /**
   * A state with no resources, planned by {@code engine} from the form in which {@code
   * datastore} stores the resources it will receive ({@link StoredForm}): a source over Calico's
   * etcd delivers resources without CRD defaults, and planning them as the Kubernetes API stores
   * them would add those defaults (a node BGPConfiguration's {@code logSeverityScreen: Info}).
   *
   * @param engine plans the nodes
   * @param datastore the datastore the resources come from
   * @return the empty state
   */
  public static ClusterState empty(PeeringEngine engine, Datastore datastore) {
    return new ClusterState(engine, List.of(), datastore);
  }

  /**
   * A state holding {@code resources} (a later one replaces an earlier one with its key).
   *
   * @param resources the initial resources
   * @param engine plans the nodes
   * @return the state, every node planned
   */
  public static ClusterState of(Collection<? extends Resource> resources, PeeringEngine engine) {
    return of(resources, engine, Datastore.KUBERNETES);
  }

  /**
   * A state holding {@code resources} as {@code datastore} stores them (a later one replaces an
   * earlier one with its key).
   *
   * @param resources the initial resources
   * @param engine plans the nodes
   * @param datastore the datastore the resources come from
   * @return the state, every node planned
   */
  public static ClusterState of(
      Collection<? extends Resource> resources, PeeringEngine engine, Datastore datastore) {
    return new ClusterState(engine, resources, datastore);
  }

  /**
   * Applies one event.
   *
   * @param event the event
   * @return what changed
   * @throws PlanningException if planning a node fails (the state is then unchanged)
   */
  public ChangeSet apply(ResourceEvent event) {
    return apply(List.of(event));
  }

  /**
   * Applies a batch of events in order, as one change.
   *
   * @param events the events
   * @return what changed: the nodes whose plan differs, with both plans
   * @throws PlanningException if planning a node fails (the state is then unchanged)
   */
  public synchronized ChangeSet apply(List<? extends ResourceEvent> events) {
    Map<ResourceKey, ResourceChange> net = new LinkedHashMap<>();
    for (ResourceEvent event : events) {
      ResourceKey key = event.key();
      ResourceChange previous = net.get(key);
      Resource old = previous != null ? previous.before() : resources.get(key);
      Resource now = event instanceof ResourceEvent.Upsert upsert ? upsert.resource() : null;
      net.put(key, new ResourceChange(key, old, now));
    }
    List<ResourceChange> changes = new ArrayList<>();
    for (ResourceChange change : net.values()) {
      if (!Objects.equals(change.before(), change.after())) {
        changes.add(change);
      }
    }
    ClusterPlan before = plan;
    if (changes.isEmpty()) {
      return new ChangeSet(before, before, List.of());
    }
    ChangeSet result;
    try {
      result = replan(before, changes);
    } catch (RuntimeException e) {
      throw new PlanningException(changes.size(), e);
    }
    for (ResourceChange change : changes) {
      store(change.key(), change.before(), change.after());
    }
    plan = result.after();
    return result;
  }

  /** {@return the current snapshot} */
  public ClusterSnapshot snapshot() {
    return plan.snapshot();
  }

  /** {@return the current plans of every node} */
  public ClusterPlan plan() {
    return plan;
  }

  /** {@return the resources the state holds now, in no particular order} */
  public synchronized List<Resource> resources() {
    return new ArrayList<>(resources.values());
  }

  private ChangeSet replan(ClusterPlan before, List<ResourceChange> changes) {
    ClusterSnapshot old = before.snapshot();
    ClusterSnapshot now = old.derive(delta(changes));
    if (now.positions() > 2 * now.calicoNodes().size() + 1024) {
      // Many nodes came and went: number the nodes afresh rather than carry unused positions.
      return ChangeSet.between(before, engine.planAll(rebuilt(now)));
    }
    Set<String> affected = AffectedNodes.of(old, now, engine.options(), changes);
    if (affected == null) {
      ClusterPlan after = engine.planAll(now);
      return ChangeSet.between(before, after);
    }
    PlanContext context = new PlanContext(now, engine.options());
    NodePlanner planner = new NodePlanner(context, affected.size() > now.calicoNodes().size() / 8
        ? PeerScopeIndex.inverted(context) : PeerScopeIndex.direct(context));
    List<NodePlan> plans = new ArrayList<>(before.plansByPosition());
    List<List<ShadowedPeer>> shadowed = new ArrayList<>(before.shadowedByPosition());
    while (plans.size() < now.positions()) {
      plans.add(null);
      shadowed.add(List.of());
    }
    TreeSet<String> candidates = new TreeSet<>(affected);
    for (String name : changedNodeNames(changes)) {
      CalicoNode gone = old.findCalicoNode(name);
      if (gone != null && now.findCalicoNode(name) == null) {
        plans.set(gone.position(), null);
        shadowed.set(gone.position(), List.of());
        candidates.add(name);
      }
    }
    for (String name : affected) {
      CalicoNode node = now.findCalicoNode(name);
      if (node != null) {
        NodePlanner.Planned planned = planner.plan(node);
        plans.set(node.position(), planned.plan());
        shadowed.set(node.position(), planned.shadowed());
      }
    }
    ClusterPlan after = new ClusterPlan(now, engine.options(), plans, shadowed);
    return ChangeSet.of(before, after, candidates);
  }

  private static List<String> changedNodeNames(List<ResourceChange> changes) {
    List<String> names = new ArrayList<>();
    for (ResourceChange change : changes) {
      if (change.key().kind() == ResourceKind.NODE) {
        names.add(change.key().name());
      }
    }
    return names;
  }

  /** A snapshot of the same resources with its nodes numbered afresh. */
  private ClusterSnapshot rebuilt(ClusterSnapshot derived) {
    ClusterSnapshot.Builder builder = ClusterSnapshot.builder().datastore(derived.datastore());
    derived.nodes().forEach(builder::add);
    derived.ignoredNodes().forEach(ignored -> builder.add(ignored.node()));
    derived.configurations().forEach(builder::add);
    derived.bgpPeers().forEach(builder::add);
    derived.bgpFilters().forEach(builder::add);
    derived.ipPools().forEach(builder::add);
    derived.secretResources().forEach(builder::add);
    derived.services().forEach(builder::add);
    derived.endpointSliceResources().forEach(builder::add);
    derived.allBlockAffinities().forEach(builder::add);
    derived.allWorkloadEndpoints().forEach(builder::add);
    return builder.build();
  }

  /** The snapshot delta of {@code changes}, over the resources held before them. */
  private SnapshotDelta delta(List<ResourceChange> changes) {
    SnapshotDelta delta = new SnapshotDelta();
    Map<ResourceKind, Map<ResourceKey, ResourceChange>> byKind = new EnumMap<>(ResourceKind.class);
    for (ResourceChange change : changes) {
      byKind.computeIfAbsent(change.key().kind(), k -> new LinkedHashMap<>())
          .put(change.key(), change);
    }
    byKind.getOrDefault(ResourceKind.NODE, Map.of()).forEach(
        (key, change) -> delta.nodes.put(key.name(), (Node) change.after()));
    delta.configurations = listed(byKind, ResourceKind.BGP_CONFIGURATION, BGPConfiguration.class);
    delta.bgpPeers = listed(byKind, ResourceKind.BGP_PEER, BGPPeer.class);
    delta.bgpFilters = listed(byKind, ResourceKind.BGP_FILTER, BGPFilter.class);
    delta.ipPools = listed(byKind, ResourceKind.IP_POOL, IPPool.class);
    delta.secrets = listed(byKind, ResourceKind.SECRET, Secret.class);
    delta.services = listed(byKind, ResourceKind.SERVICE, Service.class);
    delta.endpointSlices = listed(byKind, ResourceKind.ENDPOINT_SLICE, EndpointSlice.class);
    grouped(byKind.get(ResourceKind.BLOCK_AFFINITY), blocksByNode, BlockAffinity.class,
        a -> a.spec().node(), delta.blockAffinities);
    grouped(byKind.get(ResourceKind.WORKLOAD_ENDPOINT), endpointsByNode, WorkloadEndpoint.class,
        w -> w.spec().node(), delta.workloadEndpoints);
    return delta;
  }

  /** The whole new list of a listed kind, or null when the batch does not change it. */
  private <T extends Resource> @Nullable List<T> listed(
      Map<ResourceKind, Map<ResourceKey, ResourceChange>> byKind, ResourceKind kind,
      Class<T> type) {
    Map<ResourceKey, ResourceChange> changed = byKind.get(kind);
    if (changed == null) {
      return null;
    }
    Map<ResourceKey, Resource> all = new LinkedHashMap<>(listed.get(kind));
    changed.forEach((key, change) -> {
      if (change.after() == null) {
        all.remove(key);
      } else {
        all.put(key, change.after());
      }
    });
    List<T> result = new ArrayList<>(all.size());
    all.values().forEach(resource -> result.add(type.cast(resource)));
    return result;
  }

  /** The new groups of the nodes whose block affinities or workload endpoints change. */
  private static <T extends Resource> void grouped(
      @Nullable Map<ResourceKey, ResourceChange> changed,
      Map<String, Map<ResourceKey, T>> groups, Class<T> type,
      Function<T, @Nullable String> nodeOf, Map<String, List<T>> into) {
    if (changed == null) {
      return;
    }
    Map<String, Map<ResourceKey, T>> updated = new HashMap<>();
    for (ResourceChange change : changed.values()) {
      for (Resource version : new Resource[] {change.before(), change.after()}) {
        if (version != null) {
          String node = orEmpty(nodeOf.apply(type.cast(version)));
          updated.computeIfAbsent(node,
              n -> new LinkedHashMap<>(groups.getOrDefault(n, Map.of())));
        }
      }
      if (change.before() != null) {
        updated.get(orEmpty(nodeOf.apply(type.cast(change.before())))).remove(change.key());
      }
      if (change.after() != null) {
        updated.get(orEmpty(nodeOf.apply(type.cast(change.after()))))
            .put(change.key(), type.cast(change.after()));
      }
    }
    updated.forEach((node, group) -> into.put(node, new ArrayList<>(group.values())));
  }

  /** Records a change in the state's own maps (after it was planned successfully). */
  private void store(ResourceKey key, @Nullable Resource before, @Nullable Resource after) {
    if (after == null) {
      resources.remove(key);
    } else {
      resources.put(key, after);
    }
    ResourceKind kind = key.kind();
    if (LISTED.contains(kind)) {
      if (after == null) {
        listed.get(kind).remove(key);
      } else {
        listed.get(kind).put(key, after);
      }
    } else if (kind == ResourceKind.BLOCK_AFFINITY) {
      regroup(blocksByNode, key, (BlockAffinity) before, (BlockAffinity) after,
          a -> a.spec().node());
    } else if (kind == ResourceKind.WORKLOAD_ENDPOINT) {
      regroup(endpointsByNode, key, (WorkloadEndpoint) before, (WorkloadEndpoint) after,
          w -> w.spec().node());
    }
  }

  private static <T extends Resource> void regroup(Map<String, Map<ResourceKey, T>> groups,
      ResourceKey key, @Nullable T before, @Nullable T after, Function<T, @Nullable String> nodeOf) {
    if (before != null) {
      String node = orEmpty(nodeOf.apply(before));
      Map<ResourceKey, T> group = groups.get(node);
      if (group != null) {
        group.remove(key);
        if (group.isEmpty()) {
          groups.remove(node);
        }
      }
    }
    if (after != null) {
      groups.computeIfAbsent(orEmpty(nodeOf.apply(after)), n -> new LinkedHashMap<>())
          .put(key, after);
    }
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
