package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.value.ASNumber;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The node-to-node mesh of one node in one family ({@code processMeshPeers},
 * confd/pkg/backends/calico/bgp_processor.go): a peer for every other
 * node with an address in the family, when the mesh is on and neither end is a route reflector.
 */
final class MeshPeers {
  /** Where the mesh password is configured. */
  private static final Origin MESH_PASSWORD = new Origin(
      new ResourceKey(ResourceKind.BGP_CONFIGURATION, "", "default"),
      "spec.nodeMeshPassword.secretKeyRef");

  private MeshPeers() {}

  /** The mesh peers of {@code local}, sorted by name. */
  static List<Peer> of(PlanContext context, LocalEnd local) {
    ClusterSettings settings = context.settings();
    // Calico's quirk (processMeshPeers, confd/pkg/backends/calico/bgp_processor.go): a
    // route reflector has no mesh at all.
    if (!local.clusterId().isEmpty() || !settings.meshEnabled()) {
      return List.of();
    }
    BGPConfigurationSpec global = settings.global();
    Password meshPassword =
        context.records().password(global.nodeMeshPassword(), MESH_PASSWORD);
    Long restart = RecordFactory.seconds(global.nodeMeshMaxRestartTime());
    String myAddress = local.address().toString();
    List<MeshCandidates.Candidate> candidates =
        context.snapshot().meshCandidates().of(local.family());
    List<Peer> peers = new ArrayList<>(candidates.size());
    for (MeshCandidates.Candidate candidate : candidates) {
      // An address comparison: any node sharing this node's address is skipped too.
      if (candidate.addressText().equals(myAddress)) {
        continue;
      }
      int port = settings.listenPortOf(candidate.node().name());
      // Calico's quirk (processMeshPeers, confd/pkg/backends/calico/bgp_processor.go):
      // without its own AS, the peer is assumed in this node's AS, not the global one.
      ASNumber remoteAS = candidate.node().asNumber() == null
          ? local.asNumber() : candidate.node().asNumber();
      peers.add(peer(candidate, port, remoteAS, local, meshPassword, restart));
    }
    return peers;
  }

  private static Peer peer(MeshCandidates.Candidate candidate, int port, ASNumber remoteAS,
      LocalEnd local, @Nullable Password password, @Nullable Long restart) {
    return new Peer(candidate.peerName(), PeerKind.MESH, local.family(), candidate.address(),
        port > 0 ? port : null, remoteAS, null, local.asNumber(), local.address(), null,
        local.isBelow(candidate.addressText()), null, password, restart, null,
        NextHopPolicy.DEFAULT, null, List.of(), List.of(), null, null, candidate.owner());
  }
}
