package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.BGPPeerScope.isEmpty;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local-workload records of one node ({@code updatePeersV1}'s first two passes with
 * {@code localBGPPeerDataAsBGPPeers}, confd/pkg/backends/calico/client.go). In Calico,
 * Felix writes an endpoint-status file for each workload on the node and confd reads only its own
 * node's files; here the WorkloadEndpoints on the node stand for those files. Each endpoint is
 * bound as Felix's {@code ActiveBGPPeerCalculator} binds it: to the alphabetically first BGPPeer
 * that selects the node (its {@code node} is the node; or, without one, its
 * {@code nodeSelector}, empty meaning all, matches) and whose {@code localWorkloadSelector}
 * matches the endpoint's labels. The peer addresses are the first IPv4 and the first IPv6 network
 * of {@code ipNetworks} (Felix passes them on masked); an endpoint with an unparsable network is
 * skipped, as Felix's conversion rejects it.
 *
 * <p>Endpoints are taken in namespace and name order; when two produce the same record key, the
 * first wins (confd reads its status files in Go map order,
 * {@code GetActiveLocalBGPPeers} in confd/pkg/backends/calico/local_bgp_peer_watcher.go).
 */
final class LocalWorkloads {

  private final Map<String, List<PeeringRecord>> recordsByPeer;
  private final boolean hasGlobalRecords;

  private LocalWorkloads(Map<String, List<PeeringRecord>> recordsByPeer, boolean hasGlobalRecords) {
    this.recordsByPeer = recordsByPeer;
    this.hasGlobalRecords = hasGlobalRecords;
  }

  /** The local-workload records of {@code node}, by BGPPeer. */
  static LocalWorkloads of(PlanContext context, CalicoNode node) {
    List<WorkloadEndpoint> endpoints = context.snapshot().workloadEndpoints(node.name());
    if (endpoints.isEmpty() || context.localWorkloadPeers().isEmpty()) {
      return new LocalWorkloads(Map.of(), false);
    }
    NodeSelection selection = context.snapshot().selection();
    List<BGPPeer> candidates = new ArrayList<>();
    for (BGPPeer peer : context.localWorkloadPeers()) {
      if (selectsNode(peer, node, selection)) {
        candidates.add(peer);
      }
    }
    Map<String, List<PeeringRecord>> records = new LinkedHashMap<>();
    boolean global = false;
    for (WorkloadEndpoint endpoint : endpoints) {
      List<IPAddress> addresses = addresses(endpoint);
      if (addresses.isEmpty()) {
        continue;
      }
      for (BGPPeer peer : candidates) {
        if (selection.matches(peer.spec().localWorkloadSelector(), endpoint.metadata().labels())) {
          records.computeIfAbsent(peer.metadata().nameOrEmpty(), k -> new ArrayList<>())
              .addAll(context.records().localWorkload(peer, addresses));
          global |= BGPPeerScope.isGlobal(peer);
          break;
        }
      }
    }
    return new LocalWorkloads(records, global);
  }

  /** The records of the workloads bound to {@code peer}, in endpoint order. */
  RecordRun records(BGPPeer peer) {
    return RecordRun.of(recordsByPeer.getOrDefault(peer.metadata().nameOrEmpty(), List.of()));
  }

  /** Whether any workload is bound to a global BGPPeer (which changes the global key space). */
  boolean hasGlobalRecords() {
    return hasGlobalRecords;
  }

  private static boolean selectsNode(BGPPeer peer, CalicoNode node, NodeSelection selection) {
    String nodeName = peer.spec().node();
    if (!isEmpty(nodeName)) {
      return nodeName.equals(node.name());
    }
    String selector = peer.spec().nodeSelector();
    return selection.matches(selector == null ? "" : selector, node.labels());
  }

  /** The first IPv4 and first IPv6 address of the endpoint's networks; none if one is bad. */
  private static List<IPAddress> addresses(WorkloadEndpoint endpoint) {
    IPAddress v4 = null;
    IPAddress v6 = null;
    for (String text : endpoint.spec().ipNetworks()) {
      CIDR network;
      try {
        network = CIDR.parseNetOrIP(text).masked();
      } catch (IllegalArgumentException unparsable) {
        return List.of();
      }
      if (network.family() == IPFamily.V4 && v4 == null) {
        v4 = network.address();
      } else if (network.family() == IPFamily.V6 && v6 == null) {
        v6 = network.address();
      }
    }
    List<IPAddress> result = new ArrayList<>(2);
    if (v4 != null) {
      result.add(v4);
    }
    if (v6 != null) {
      result.add(v6);
    }
    return result;
  }
}
