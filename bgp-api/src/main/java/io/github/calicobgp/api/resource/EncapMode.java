package io.github.calicobgp.api.resource;

/** An IP pool's IPIP or VXLAN mode. */
public enum EncapMode implements WireEnum {
  NEVER("Never"),
  ALWAYS("Always"),
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
