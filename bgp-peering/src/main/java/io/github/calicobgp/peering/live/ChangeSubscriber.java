package io.github.calicobgp.peering.live;

import io.github.calicobgp.peering.ChangeSet;
import io.github.calicobgp.peering.ClusterPlan;

/** Receives the change sets of a {@link LiveCluster}, one at a time, in order. */
@FunctionalInterface
public interface ChangeSubscriber {

  /**
   * A batch was applied.
   *
   * @param changes what it changed
   * @param inSync whether the cluster is in sync with its datastore after it
   */
  void changed(ChangeSet changes, boolean inSync);

  /**
   * The source is in sync (after its first list, and after each relist).
   *
   * @param plan the plans of every node at that moment
   */
  default void inSync(ClusterPlan plan) {}
}
