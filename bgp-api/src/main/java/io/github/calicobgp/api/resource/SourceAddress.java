package io.github.calicobgp.api.resource;

/** Whether a peering binds the node IP as its source ({@code BGPPeer.spec.sourceAddress}). */
public enum SourceAddress implements WireEnum {
  USE_NODE_IP("UseNodeIP"),
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
