package io.github.calicobgp.api.resource;

/** Whether IPAM assigns from an IP pool automatically or only on request. */
public enum AssignmentMode implements WireEnum {
  /** {@code Automatic}: Calico's IPAM hands out addresses from the pool by default. */
  AUTOMATIC("Automatic"),
  /** {@code Manual}: only workloads that name the pool get addresses from it. */
  MANUAL("Manual");

  private final String wireName;

  AssignmentMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
