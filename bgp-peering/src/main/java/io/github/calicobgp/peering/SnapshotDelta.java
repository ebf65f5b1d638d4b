package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two snapshots, in the form {@link ClusterSnapshot#derive} needs: the Nodes
 * changed by name, the per-node groups of block affinities and workload endpoints that changed,
 * and, for each kind of which clusters hold few resources, the whole new list when it changed
 * (null when it did not).
 */
final class SnapshotDelta {

  /** Node name to its new resource, or null when it is deleted. */
  final Map<String, @Nullable Node> nodes = new HashMap<>();
  /** Node name to its new block affinities (empty when none is left). */
  final Map<String, List<BlockAffinity>> blockAffinities = new HashMap<>();
  /** Node name to its new workload endpoints (empty when none is left). */
  final Map<String, List<WorkloadEndpoint>> workloadEndpoints = new HashMap<>();
  @Nullable List<BGPConfiguration> configurations;
  @Nullable List<BGPPeer> bgpPeers;
  @Nullable List<BGPFilter> bgpFilters;
  @Nullable List<IPPool> ipPools;
  @Nullable List<Secret> secrets;
  @Nullable List<Service> services;
  @Nullable List<EndpointSlice> endpointSlices;
}
