package io.github.calicobgp.api.resource;

/** Whether IPAM assigns from an IP pool automatically or only on request. */
public enum AssignmentMode implements WireEnum {
  AUTOMATIC("Automatic"),
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
