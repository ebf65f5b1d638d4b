package io.github.calicobgp.api.resource;

/** Whether LoadBalancer IPs are advertised as ranges or one route per Service. */
public enum ServiceLoadBalancerAggregation implements WireEnum {
  /** {@code Enabled}: LoadBalancer IPs are advertised as the ranges that hold them. */
  ENABLED("Enabled"),
  /** {@code Disabled}: each LoadBalancer IP is advertised on its own (a /32 or /128). */
  DISABLED("Disabled");

  private final String wireName;

  ServiceLoadBalancerAggregation(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
