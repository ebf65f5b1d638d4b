package io.github.calicobgp.api.resource;

/** How a BGPFilter rule compares a route's prefix with its {@code cidr}. */
public enum FilterMatchOperator implements WireEnum {
  /** {@code Equal}: the route's prefix is exactly the rule's CIDR. */
  EQUAL("Equal"),
  /** {@code NotEqual}: the route's prefix is not the rule's CIDR. */
  NOT_EQUAL("NotEqual"),
  /** {@code In}: the route's prefix lies inside the rule's CIDR. */
  IN("In"),
  /** {@code NotIn}: the route's prefix lies outside the rule's CIDR. */
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
