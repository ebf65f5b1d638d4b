package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPPeer;
import java.util.ArrayList;
import java.util.List;

/**
 * What planning one snapshot with one set of options shares between nodes: the BGPPeers sorted
 * into confd's passes, and memoised records, filter references, pools and service routes. One
 * context serves one {@code plan} or one {@code planAll} call.
 */
final class PlanContext {

  private final ClusterSnapshot snapshot;
  private final PeeringOptions options;
  private final BGPPeerScope scope;
  private final RecordFactory records;
  private final RecordPasses passes;
  private final FilterRefs filterRefs;
  private final ServiceRoutes serviceRoutes;
  private final List<BGPPeer> globalPeers = new ArrayList<>();
  private final List<BGPPeer> nodeScopedPeers = new ArrayList<>();
  private final List<BGPPeer> reversingPeers = new ArrayList<>();
  private final List<BGPPeer> localWorkloadPeers = new ArrayList<>();

  PlanContext(ClusterSnapshot snapshot, PeeringOptions options) {
    this.snapshot = snapshot;
    this.options = options;
    this.scope = new BGPPeerScope(snapshot);
    this.records = new RecordFactory(snapshot, scope, options.secretNamespace());
    for (BGPPeer peer : snapshot.bgpPeers()) {
      (BGPPeerScope.isGlobal(peer) ? globalPeers : nodeScopedPeers).add(peer);
      if (BGPPeerScope.reverses(peer)) {
        reversingPeers.add(peer);
      }
      if (BGPPeerScope.isLocalWorkload(peer)) {
        localWorkloadPeers.add(peer);
      }
    }
    this.passes = new RecordPasses(this);
    this.filterRefs = new FilterRefs(snapshot);
    this.serviceRoutes = new ServiceRoutes(snapshot, options);
  }

  ClusterSnapshot snapshot() {
    return snapshot;
  }

  PeeringOptions options() {
    return options;
  }

  ClusterSettings settings() {
    return snapshot.settings();
  }

  BGPPeerScope scope() {
    return scope;
  }

  RecordFactory records() {
    return records;
  }

  RecordPasses passes() {
    return passes;
  }

  FilterRefs filterRefs() {
    return filterRefs;
  }

  ServiceRoutes serviceRoutes() {
    return serviceRoutes;
  }

  NodeLevelValues nodeLevel() {
    return snapshot.nodeLevelValues();
  }

  /** BGPPeers with neither {@code node} nor {@code nodeSelector} (pass 1), sorted by name. */
  List<BGPPeer> globalPeers() {
    return globalPeers;
  }

  /** The other BGPPeers (pass 2), sorted by name. */
  List<BGPPeer> nodeScopedPeers() {
    return nodeScopedPeers;
  }

  /** BGPPeers whose reverse peerings confd adds (pass 3), sorted by name. */
  List<BGPPeer> reversingPeers() {
    return reversingPeers;
  }

  /** BGPPeers with a {@code localWorkloadSelector}, sorted by name. */
  List<BGPPeer> localWorkloadPeers() {
    return localWorkloadPeers;
  }
}
