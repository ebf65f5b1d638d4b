package io.github.calicobgp.api.resource;

/** The state of an IPAM block's affinity to a node. */
public enum BlockAffinityState implements WireEnum {
  /** {@code ""}: written by older Calico versions; read as confirmed. */
  IMPLICITLY_CONFIRMED(""),
  /** {@code confirmed}: the block belongs to the node. */
  CONFIRMED("confirmed"),
  /** {@code pending}: the node is claiming the block. */
  PENDING("pending"),
  /** {@code pendingDeletion}: the node is giving the block up. */
  PENDING_DELETION("pendingDeletion");

  private final String wireName;

  BlockAffinityState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
