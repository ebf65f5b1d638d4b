package io.github.calicobgp.api.resource;

/** The state of an IPAM block's affinity to a node. */
public enum BlockAffinityState implements WireEnum {
  IMPLICITLY_CONFIRMED(""),
  CONFIRMED("confirmed"),
  PENDING("pending"),
  PENDING_DELETION("pendingDeletion");

  private final String wireName;

  BlockAffinityState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
