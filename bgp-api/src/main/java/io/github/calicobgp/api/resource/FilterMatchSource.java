package io.github.calicobgp.api.resource;

/** Where a route must come from to match a BGPFilter rule. */
public enum FilterMatchSource implements WireEnum {
  /** {@code RemotePeers}: routes learnt from BGP peers. */
  REMOTE_PEERS("RemotePeers");

  private final String wireName;

  FilterMatchSource(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
