package io.github.calicobgp.api.resource;

/** What an IP pool may be used for. */
public enum IPPoolAllowedUse implements WireEnum {
  /** {@code Workload}: addresses for pods. */
  WORKLOAD("Workload"),
  /** {@code Tunnel}: addresses for the nodes' tunnel devices. */
  TUNNEL("Tunnel"),
  /** {@code LoadBalancer}: addresses for LoadBalancer Services. */
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
