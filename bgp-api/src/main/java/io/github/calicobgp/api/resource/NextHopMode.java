package io.github.calicobgp.api.resource;

/** How a peering sets the BGP next hop ({@code BGPPeer.spec.nextHopMode}). */
public enum NextHopMode implements WireEnum {
  AUTO("Auto"),
  SELF("Self"),
  KEEP("Keep");

  private final String wireName;

  NextHopMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
