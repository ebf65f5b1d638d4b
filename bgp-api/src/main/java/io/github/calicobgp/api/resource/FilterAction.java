package io.github.calicobgp.api.resource;

/** What a BGPFilter rule does with a matching route. */
public enum FilterAction implements WireEnum {
  /** {@code Accept}: accept the route. */
  ACCEPT("Accept"),
  /** {@code Reject}: reject the route. */
  REJECT("Reject");

  private final String wireName;

  FilterAction(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
