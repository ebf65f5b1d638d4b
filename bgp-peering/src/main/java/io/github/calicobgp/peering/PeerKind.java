package io.github.calicobgp.peering;

/** Where a peer comes from; each kind has its own protocol name prefix in confd. */
public enum PeerKind {
  /** A peer of the automatic node-to-node mesh. */
  MESH("Mesh", "mesh"),
  /** From a BGPPeer that applies to every node (no node or nodeSelector). */
  GLOBAL("Global", "global"),
  /** From a BGPPeer scoped to this node (node, nodeSelector, or a reverse peering). */
  NODE("Node", "node-specific"),
  /** A BGP speaker in a workload on this node (localWorkloadSelector). */
  LOCAL_WORKLOAD("Local_Workload", "local workload");

  private final String namePrefix;
  private final String description;

  PeerKind(String namePrefix, String description) {
    this.namePrefix = namePrefix;
    this.description = description;
  }

  /** {@return the prefix of confd's protocol names for this kind, e.g. {@code Mesh}} */
  public String namePrefix() {
    return namePrefix;
  }

  /** {@return a lower-case description for people, e.g. {@code node-specific}} */
  public String description() {
    return description;
  }
}
