package io.github.calicobgp.api.resource;

/** Which addresses BIRD listens on for BGP ({@code BGPConfiguration.spec.bindMode}). */
public enum BindMode implements WireEnum {
  /** {@code None}: BIRD listens on every address. */
  NONE("None"),
  /** {@code NodeIP}: BIRD listens on the node's IP address only. */
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
