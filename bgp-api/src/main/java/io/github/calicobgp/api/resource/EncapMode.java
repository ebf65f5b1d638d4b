package io.github.calicobgp.api.resource;

/** An IP pool's IPIP or VXLAN mode. */
public enum EncapMode implements WireEnum {
  /** {@code Never}: never encapsulate. */
  NEVER("Never"),
  /** {@code Always}: encapsulate all traffic between nodes. */
  ALWAYS("Always"),
  /** {@code CrossSubnet}: encapsulate only traffic between nodes of different subnets. */
  CROSS_SUBNET("CrossSubnet");

  private final String wireName;

  EncapMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
