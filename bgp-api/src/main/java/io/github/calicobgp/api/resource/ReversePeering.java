package io.github.calicobgp.api.resource;

/** Whether the reverse of a node-to-node peering is generated ({@code BGPPeer.spec.reversePeering}). */
public enum ReversePeering implements WireEnum {
  AUTO("Auto"),
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
