package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes any node may mesh with, per family ({@code processMeshPeers},
 * confd/pkg/backends/calico/bgp_processor.go): those with an address in
 * the family that are not route reflectors, with their mesh peer names, sorted by those. Shared by
 * every node's plan; each node then skips the candidates at its own address.
 */
final class MeshCandidates {

  /**
   * A node another node meshes with, the name of that peer, and the node that owns the address
   * (the first by name of the nodes sharing it).
   */
  record Candidate(
      CalicoNode node, IPAddress address, String addressText, String peerName, String owner) {}

  private final List<Candidate> ipv4;
  private final List<Candidate> ipv6;

  MeshCandidates(List<CalicoNode> nodes) {
    ipv4 = candidates(nodes, IPFamily.V4);
    ipv6 = candidates(nodes, IPFamily.V6);
  }

  /** The candidates of {@code family}, sorted by peer name, then node name. */
  List<Candidate> of(IPFamily family) {
    return family == IPFamily.V4 ? ipv4 : ipv6;
  }

  private static List<Candidate> candidates(List<CalicoNode> nodes, IPFamily family) {
    List<Candidate> result = new ArrayList<>();
    Map<IPAddress, String> owners = new HashMap<>();
    for (CalicoNode node : nodes) {
      IPAddress address = node.address(family);
      if (address != null) {
        owners.putIfAbsent(address, node.name());
      }
      // Calico's quirk (processMeshPeers): route reflectors are left out of every node's
      // mesh.
      if (address != null && !node.isRouteReflector()) {
        result.add(new Candidate(
            node, address, address.toString(), PeerNames.of(PeerKind.MESH, address, 0),
            owners.get(address)));
      }
    }
    // By peer name (stable: node order among equal names), the order of a node's peer list.
    result.sort(Comparator.comparing(Candidate::peerName));
    return List.copyOf(result);
  }
}
