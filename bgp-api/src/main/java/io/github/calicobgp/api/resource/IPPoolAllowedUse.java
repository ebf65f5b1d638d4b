package io.github.calicobgp.api.resource;

/** What an IP pool may be used for. */
public enum IPPoolAllowedUse implements WireEnum {
  WORKLOAD("Workload"),
  TUNNEL("Tunnel"),
  LOAD_BALANCER("LoadBalancer");

  private final String wireName;

  IPPoolAllowedUse(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
