package io.github.calicobgp.api.resource;

/** Which addresses BIRD listens on for BGP ({@code BGPConfiguration.spec.bindMode}). */
public enum BindMode implements WireEnum {
  NONE("None"),
  NODE_IP("NodeIP");

  private final String wireName;

  BindMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
