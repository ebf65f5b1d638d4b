package io.github.calicobgp.api.resource;

/** The kind of peer a BGPFilter rule applies to. */
public enum FilterPeerType implements WireEnum {
  /** {@code eBGP}: peers in another AS. */
  EBGP("eBGP"),
  /** {@code iBGP}: peers in the same AS. */
  IBGP("iBGP");

  private final String wireName;

  FilterPeerType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
