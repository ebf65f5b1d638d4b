package io.github.calicobgp.api.resource;

/** Whether LoadBalancer IPs are advertised as ranges or one route per Service. */
public enum ServiceLoadBalancerAggregation implements WireEnum {
  ENABLED("Enabled"),
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
