package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.value.ASNumber;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The node-to-node mesh of one node in one family ({@code processMeshPeers},
 * confd/pkg/backends/calico/bgp_processor.go): a peer for every other node with an address in
 * the family, when the mesh is on and neither end is a route reflector.
 *
 * <p>A mesh of n nodes has n(n-1) such peers, so they are not stored: every node's mesh is the
 * cluster's shared candidate list less the candidates at the node's own address, and a peer is
 * made from its candidate when it is asked for ({@link #peer(int)}). A node's mesh thus costs a
 * few fields, not n peers.
 */
final class MeshPeers {
  /** Where the mesh password is configured. */
  private static final Origin MESH_PASSWORD = new Origin(
      new ResourceKey(ResourceKind.BGP_CONFIGURATION, "", "default"),
      "spec.nodeMeshPassword.secretKeyRef");

  private final MeshCandidates.Family candidates;
  private final int[] skipped;
  private final ClusterSettings settings;
  private final LocalEnd local;
  private final String myAddress;
  private final @Nullable Password password;
  private final @Nullable Long restart;

  private MeshPeers(MeshCandidates.Family candidates, int[] skipped, ClusterSettings settings,
      LocalEnd local, String myAddress, @Nullable Password password, @Nullable Long restart) {
    this.candidates = candidates;
    this.skipped = skipped;
    this.settings = settings;
    this.local = local;
    this.myAddress = myAddress;
    this.password = password;
    this.restart = restart;
  }

  /** The mesh of {@code local}, or null when it has none. */
  static @Nullable MeshPeers of(PlanContext context, LocalEnd local) {
    ClusterSettings settings = context.settings();
    // Calico's quirk (processMeshPeers, confd/pkg/backends/calico/bgp_processor.go): a
    // route reflector has no mesh at all.
    if (!local.clusterId().isEmpty() || !settings.meshEnabled()) {
      return null;
    }
    BGPConfigurationSpec global = settings.global();
    Password meshPassword =
        context.records().password(global.nodeMeshPassword(), MESH_PASSWORD);
    Long restart = RecordFactory.seconds(global.nodeMeshMaxRestartTime());
    String myAddress = local.address().toString();
    MeshCandidates.Family candidates = context.snapshot().meshCandidates().family(local.family());
    // An address comparison: any node sharing this node's address is skipped too.
    return new MeshPeers(candidates, candidates.indexesAt(local.address(), myAddress), settings, local, myAddress,
        meshPassword, restart);
  }

  /** The candidates every node's mesh in this family is taken from. */
  MeshCandidates.Family candidates() {
    return candidates;
  }

  /** How many mesh peers the node has. */
  int size() {
    return candidates.size() - skipped.length;
  }

  /** The index among the candidates of the {@code i}th mesh peer (in name order). */
  int candidateIndex(int i) {
    int index = i;
    for (int skip : skipped) {
      if (skip <= index) {
        index++;
      }
    }
    return index;
  }

  /** How many mesh peers have a name up to {@code name} (bytewise, inclusive). */
  int countUpTo(String name) {
    int upTo = candidates.countUpTo(name);
    int count = upTo;
    for (int skip : skipped) {
      if (skip < upTo) {
        count--;
      }
    }
    return count;
  }

  /** Whether the candidate at {@code index} is one of the node's mesh peers. */
  boolean includes(int candidateIndex) {
    for (int skip : skipped) {
      if (skip == candidateIndex) {
        return false;
      }
    }
    return true;
  }

  /** The mesh peer toward the candidate at {@code candidateIndex}, made now. */
  Peer peer(int candidateIndex) {
    MeshCandidates.Candidate candidate = candidates.get(candidateIndex);
    int port = settings.listenPortOf(candidate.node().name());
    // Calico's quirk (processMeshPeers, confd/pkg/backends/calico/bgp_processor.go):
    // without its own AS, the peer is assumed in this node's AS, not the global one.
    ASNumber remoteAS = candidate.node().asNumber() == null
        ? local.asNumber() : candidate.node().asNumber();
    // LocalEnd.isBelow, with this node's address text computed once.
    boolean passive = candidate.addressText().compareTo(myAddress) > 0;
    return new Peer(candidate.peerName(), PeerKind.MESH, local.family(), candidate.address(),
        port > 0 ? port : null, remoteAS, null, local.asNumber(), local.address(), null,
        passive, null, password, restart, null,
        NextHopPolicy.DEFAULT, null, List.of(), List.of(), null, null, candidate.owner());
  }

  /**
   * What the mesh sessions of this node depend on besides names and addresses, the node being
   * the candidate at {@code ownIndex}: its own AS number (what a peer toward it expects), its AS
   * (what it speaks), the mesh password and restart time, and whether the port a peer toward it
   * connects to is the one it listens on (the plan's, from the same setting).
   */
  List<Object> classKey(int ownIndex) {
    MeshCandidates.Candidate own = candidates.get(ownIndex);
    int port = settings.listenPortOf(own.node().name());
    Integer listen = port == 0 ? null : port;
    Integer connect = port > 0 ? port : null;
    return java.util.Arrays.asList(own.node().asNumber(), local.asNumber(), password, restart,
        java.util.Objects.equals(listen, connect) || (listen == null && connect == null));
  }

  /** Every mesh peer, in name order (for tests and small meshes). */
  List<Peer> toList() {
    List<Peer> peers = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      peers.add(peer(candidateIndex(i)));
    }
    return peers;
  }
}
