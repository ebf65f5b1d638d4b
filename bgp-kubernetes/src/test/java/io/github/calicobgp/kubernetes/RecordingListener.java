package io.github.calicobgp.kubernetes;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ChangeSet;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ClusterState;
import io.github.calicobgp.peering.NodeChange;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.SourceListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A listener that applies every batch to a {@link ClusterState}, as a live cluster does, and
 * records what a test checks: batches, in-sync signals, connection states, undecodable keys, and
 * (when asked) whether each change set equals the diff of from-scratch plans.
 */
final class RecordingListener implements SourceListener {

  final PeeringEngine engine = new PeeringEngine();
  final ClusterState state = ClusterState.empty(engine);
  final List<List<ResourceEvent>> batches = new CopyOnWriteArrayList<>();
  final List<ConnectionState> connections = new CopyOnWriteArrayList<>();
  final List<String> undecodable = new CopyOnWriteArrayList<>();
  final List<String> problems = new CopyOnWriteArrayList<>();
  final List<Integer> sizesSeen = new CopyOnWriteArrayList<>();
  private final Map<ResourceKey, Resource> model = new HashMap<>();
  private final Map<ResourceKey, Resource> lastUpsert = new HashMap<>();
  private final boolean checkDiffs;
  volatile int inSyncCount;
  private @org.jspecify.annotations.Nullable List<Resource> atFirstSync;

  RecordingListener(boolean checkDiffs) {
    this.checkDiffs = checkDiffs;
  }

  @Override
  public synchronized void events(List<ResourceEvent> batch) {
    batches.add(List.copyOf(batch));
    Map<ResourceKey, Resource> before = checkDiffs ? new HashMap<>(model) : Map.of();
    for (ResourceEvent e : batch) {
      if (e instanceof ResourceEvent.Upsert u) {
        if (u.resource().equals(lastUpsert.get(u.key()))) {
          problems.add("duplicate upsert of " + u.key());
        }
        lastUpsert.put(u.key(), u.resource());
        model.put(u.key(), u.resource());
      } else {
        if (model.remove(e.key()) == null) {
          problems.add("delete of absent " + e.key());
        }
        lastUpsert.remove(e.key());
      }
    }
    ChangeSet changes = state.apply(batch);
    sizesSeen.add(changes.after().snapshot().nodeNames().size());
    if (checkDiffs) {
      List<NodeChange> expected = fromScratchDiff(before.values(), model.values());
      if (!expected.equals(changes.nodes())) {
        problems.add("change set of batch " + batches.size() + " differs from the from-scratch diff: "
            + names(changes.nodes()) + " vs " + names(expected));
      }
    }
  }

  @Override
  public synchronized void inSync() {
    if (inSyncCount == 0) {
      atFirstSync = new ArrayList<>(model.values());
    }
    inSyncCount++;
  }

  @Override
  public void connection(ConnectionState s) {
    connections.add(s);
  }

  @Override
  public void undecodable(String key, String message) {
    undecodable.add(key + ": " + message);
  }

  /** {@return the resources at the first "in sync", or null before it} */
  synchronized @org.jspecify.annotations.Nullable List<Resource> atFirstSync() {
    return atFirstSync;
  }

  synchronized List<Resource> resources() {
    return new ArrayList<>(model.values());
  }

  /** Waits until {@code condition} holds, polling. */
  static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }

  private List<NodeChange> fromScratchDiff(
      java.util.Collection<Resource> before, java.util.Collection<Resource> after) {
    ClusterPlan old = engine.planAll(ClusterSnapshot.of(before));
    ClusterPlan now = engine.planAll(ClusterSnapshot.of(after));
    TreeSet<String> names = new TreeSet<>(old.snapshot().nodeNames());
    names.addAll(now.snapshot().nodeNames());
    List<NodeChange> changes = new ArrayList<>();
    for (String name : names) {
      NodePlan a = old.node(name).orElse(null);
      NodePlan b = now.node(name).orElse(null);
      if (!Objects.equals(a, b)) {
        changes.add(new NodeChange(name, a, b));
      }
    }
    return Collections.unmodifiableList(changes);
  }

  private static List<String> names(List<NodeChange> changes) {
    return changes.stream().map(NodeChange::nodeName).toList();
  }
}
