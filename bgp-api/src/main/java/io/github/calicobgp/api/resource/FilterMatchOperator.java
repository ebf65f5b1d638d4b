package io.github.calicobgp.api.resource;

/** How a BGPFilter rule compares a route's prefix with its {@code cidr}. */
public enum FilterMatchOperator implements WireEnum {
  EQUAL("Equal"),
  NOT_EQUAL("NotEqual"),
  IN("In"),
  NOT_IN("NotIn");

  private final String wireName;

  FilterMatchOperator(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
