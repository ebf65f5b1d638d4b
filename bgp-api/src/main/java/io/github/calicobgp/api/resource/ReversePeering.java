package io.github.calicobgp.api.resource;

/** Whether the reverse of a node-to-node peering is generated ({@code BGPPeer.spec.reversePeering}). */
public enum ReversePeering implements WireEnum {
  /** {@code Auto}: the selected peers peer back without a BGPPeer of their own. */
  AUTO("Auto"),
  /** {@code Manual}: the selected peers need their own BGPPeer to peer back. */
  MANUAL("Manual");

  private final String wireName;

  ReversePeering(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
