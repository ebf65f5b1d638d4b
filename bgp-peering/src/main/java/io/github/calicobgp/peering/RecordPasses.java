package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPPeer;
import org.jspecify.annotations.Nullable;

/**
 * confd's three passes over the BGPPeers ({@code updatePeersV1},
 * confd/pkg/backends/calico/client.go), seen from one node: pass 1 fills
 * the global key space, pass 2 (forward) and pass 3 (reverse) the node's own key space, under
 * {@code Emit}'s rules (an explicit forward peering beats an implied reverse one; a global record
 * hides a node-specific one with the same key). Within a pass BGPPeers go in name order.
 *
 * <p>The global records are the same for every node, except local-workload records: confd reads
 * only its own node's workloads, so those are added per node (and only for a node that has some,
 * the others share one global key space).
 */
final class RecordPasses {

  private final PlanContext context;
  private volatile @Nullable KeySpace commonGlobal;

  RecordPasses(PlanContext context) {
    this.context = context;
  }

  /** The global key space after pass 1, as seen by the node whose workloads these are. */
  KeySpace global(LocalWorkloads workloads) {
    if (!workloads.hasGlobalRecords()) {
      return commonGlobal();
    }
    return pass1(workloads);
  }

  /** The node's own key space after passes 2 and 3. */
  KeySpace nodeSpecific(
      CalicoNode node, KeySpace global, PeerScopeIndex index, LocalWorkloads workloads) {
    KeySpace space = KeySpace.nodeSpecific(global);
    RecordFactory records = context.records();
    for (BGPPeer peer : index.forward(node)) {
      space.emitAll(BGPPeerScope.isLocalWorkload(peer)
          ? workloads.records(peer) : records.forward(peer), KeySpace.Pass.FORWARD);
    }
    for (BGPPeer peer : index.reverse(node)) {
      space.emitAll(records.reverse(peer), KeySpace.Pass.REVERSE);
    }
    return space;
  }

  private KeySpace commonGlobal() {
    KeySpace space = commonGlobal;
    if (space == null) {
      synchronized (this) {
        space = commonGlobal;
        if (space == null) {
          space = pass1(null);
          commonGlobal = space;
        }
      }
    }
    return space;
  }

  private KeySpace pass1(@Nullable LocalWorkloads workloads) {
    KeySpace space = KeySpace.global();
    for (BGPPeer peer : context.globalPeers()) {
      if (!BGPPeerScope.isLocalWorkload(peer)) {
        space.emitAll(context.records().forward(peer), KeySpace.Pass.GLOBAL);
      } else if (workloads != null) {
        space.emitAll(workloads.records(peer), KeySpace.Pass.GLOBAL);
      }
    }
    return space;
  }
}
