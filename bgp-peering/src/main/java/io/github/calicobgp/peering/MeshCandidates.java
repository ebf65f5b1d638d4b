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
   * A node another node meshes with, the name of that peer, the node that owns the address (the
   * first by name of the nodes sharing it), and whether no other node, route reflectors included,
   * has that address in the family.
   */
  record Candidate(CalicoNode node, IPAddress address, String addressText, String peerName,
      String owner, boolean unique) {}

  /** The candidates of one family, sorted by peer name, then node name. */
  static final class Family {
    private final List<Candidate> candidates;
    private final Map<String, Integer> indexByNode = new HashMap<>();

    Family(List<Candidate> candidates) {
      this.candidates = List.copyOf(candidates);
      for (int i = 0; i < this.candidates.size(); i++) {
        indexByNode.put(this.candidates.get(i).node().name(), i);
      }
    }

    int size() {
      return candidates.size();
    }

    Candidate get(int index) {
      return candidates.get(index);
    }

    /** The index of {@code node} among the candidates, or -1. */
    int indexOf(String node) {
      return indexByNode.getOrDefault(node, -1);
    }

    /** The indexes, ascending, of the candidates whose address text is {@code addressText}. */
    int[] indexesAt(IPAddress address, String addressText) {
      // Mesh peer names are made from the address alone, so candidates at one address are
      // consecutive in name order: find the first, then walk.
      String name = PeerNames.of(PeerKind.MESH, address, 0);
      int first = countBelow(name);
      List<Integer> found = new ArrayList<>();
      for (int i = first; i < candidates.size() && candidates.get(i).peerName().equals(name); i++) {
        if (candidates.get(i).addressText().equals(addressText)) {
          found.add(i);
        }
      }
      return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many candidates have a peer name bytewise up to {@code name}, inclusive. */
    int countUpTo(String name) {
      int low = 0;
      int high = candidates.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (candidates.get(mid).peerName().compareTo(name) <= 0) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    private int countBelow(String name) {
      int low = 0;
      int high = candidates.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (candidates.get(mid).peerName().compareTo(name) < 0) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  private final Family ipv4;
  private final Family ipv6;

  MeshCandidates(List<CalicoNode> nodes) {
    ipv4 = candidates(nodes, IPFamily.V4);
    ipv6 = candidates(nodes, IPFamily.V6);
  }

  /** The candidates of {@code family}, sorted by peer name, then node name. */
  Family family(IPFamily family) {
    return family == IPFamily.V4 ? ipv4 : ipv6;
  }

  private static Family candidates(List<CalicoNode> nodes, IPFamily family) {
    List<CalicoNode> meshed = new ArrayList<>();
    Map<IPAddress, String> owners = new HashMap<>();
    Map<IPAddress, Integer> holders = new HashMap<>();
    for (CalicoNode node : nodes) {
      IPAddress address = node.address(family);
      if (address != null) {
        owners.putIfAbsent(address, node.name());
        holders.merge(address, 1, Integer::sum);
        // Calico's quirk (processMeshPeers): route reflectors are left out of every node's
        // mesh.
        if (!node.isRouteReflector()) {
          meshed.add(node);
        }
      }
    }
    List<Candidate> result = new ArrayList<>(meshed.size());
    for (CalicoNode node : meshed) {
      IPAddress address = node.address(family);
      result.add(new Candidate(
          node, address, address.toString(), PeerNames.of(PeerKind.MESH, address, 0),
          owners.get(address), holders.get(address) == 1));
    }
    // By peer name (stable: node order among equal names), the order of a node's peer list.
    result.sort(Comparator.comparing(Candidate::peerName));
    return new Family(result);
  }
}
