package io.github.calicobgp.api.resource;

/** Which IP pools' routes BIRD programs into the kernel ({@code programClusterRoutes}). */
public enum ProgramClusterRoutes implements WireEnum {
  /** {@code Enabled}: BIRD programs every cluster route. */
  ENABLED("Enabled"),
  /** {@code Disabled}: BIRD programs no cluster routes. */
  DISABLED("Disabled"),
  /** {@code EnabledIPIPOnly}: BIRD programs the routes of IP-in-IP pools only. */
  ENABLED_IPIP_ONLY("EnabledIPIPOnly"),
  /** {@code EnabledNoEncapOnly}: BIRD programs the routes of pools without encapsulation only. */
  ENABLED_NO_ENCAP_ONLY("EnabledNoEncapOnly");

  private final String wireName;

  ProgramClusterRoutes(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
