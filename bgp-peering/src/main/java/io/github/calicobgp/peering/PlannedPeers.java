package io.github.calicobgp.peering;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A node's peers in one family, sorted by name, as {@link FamilyPlan#peers()} holds them: the
 * node's mesh peers, made on demand from the cluster's shared mesh candidates ({@link
 * MeshPeers}), merged with its other peers, which are stored. Immutable; equal to any list of the
 * same peers in the same order.
 *
 * <p>A mesh of n nodes has n(n-1) peers: stored, they were most of the memory of a cluster plan
 * (about 100 bytes each, 2.5 GB at 5,000 nodes); this list holds the node's other peers and,
 * for each, its position in the merged order.
 */
final class PlannedPeers extends AbstractList<Peer> implements RandomAccess {

  private final MeshPeers mesh;
  private final List<Peer> others;
  private final int[] positions;

  /**
   * The merged list.
   *
   * @param mesh the node's mesh
   * @param others its other peers, sorted by name (none a mesh peer)
   */
  PlannedPeers(MeshPeers mesh, List<Peer> others) {
    this.mesh = mesh;
    this.others = List.copyOf(others);
    this.positions = new int[this.others.size()];
    // Stable merge of the two sorted runs, the mesh's emitted first: an other peer comes after
    // every mesh peer whose name sorts before it or equals it.
    for (int k = 0; k < positions.length; k++) {
      positions[k] = mesh.countUpTo(this.others.get(k).name()) + k;
    }
  }

  /**
   * {@return the peers as a list: a {@code PlannedPeers} when the node has a mesh, else {@code
   * others} itself}
   *
   * @param mesh the node's mesh, or null
   * @param others its other peers, sorted by name
   */
  static List<Peer> of(@Nullable MeshPeers mesh, List<Peer> others) {
    return mesh == null || mesh.size() == 0 ? others : new PlannedPeers(mesh, others);
  }

  /** {@return the node's mesh} */
  MeshPeers mesh() {
    return mesh;
  }

  /** {@return the node's peers other than its mesh peers, sorted by name} */
  List<Peer> others() {
    return others;
  }

  @Override
  public Peer get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(index);
    }
    // How many other peers come before this index, and whether one is at it.
    int low = 0;
    int high = positions.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (positions[mid] < index) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low < positions.length && positions[low] == index) {
      return others.get(low);
    }
    return mesh.peer(mesh.candidateIndex(index - low));
  }

  @Override
  public int size() {
    return mesh.size() + others.size();
  }
}
