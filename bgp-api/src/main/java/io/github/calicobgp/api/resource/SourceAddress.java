package io.github.calicobgp.api.resource;

/** Whether a peering binds the node IP as its source ({@code BGPPeer.spec.sourceAddress}). */
public enum SourceAddress implements WireEnum {
  /** {@code UseNodeIP}: the session's source address is the node's IP. */
  USE_NODE_IP("UseNodeIP"),
  /** {@code None}: BIRD picks the session's source address. */
  NONE("None");

  private final String wireName;

  SourceAddress(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
