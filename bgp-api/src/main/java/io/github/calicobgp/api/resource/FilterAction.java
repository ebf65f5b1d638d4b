package io.github.calicobgp.api.resource;

/** What a BGPFilter rule does with a matching route. */
public enum FilterAction implements WireEnum {
  ACCEPT("Accept"),
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
