package io.github.calicobgp.api.resource;

/** Which IP pools' routes BIRD programs into the kernel ({@code programClusterRoutes}). */
public enum ProgramClusterRoutes implements WireEnum {
  ENABLED("Enabled"),
  DISABLED("Disabled"),
  ENABLED_IPIP_ONLY("EnabledIPIPOnly"),
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
