package io.github.calicobgp.api.resource;

/** How a peering sets the BGP next hop ({@code BGPPeer.spec.nextHopMode}). */
public enum NextHopMode implements WireEnum {
  /** {@code Auto}: BIRD's default next hop for the kind of session. */
  AUTO("Auto"),
  /** {@code Self}: set the next hop to this node when sending a route. */
  SELF("Self"),
  /** {@code Keep}: keep the route's next hop when sending it. */
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
