package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;

/**
 * A BGP peering: which Calico nodes (left side) peer with which remote peers (right side).
 *
 * @param metadata the object's metadata
 * @param spec the peering; an absent spec is an empty one
 */
public record BGPPeer(@Valid ObjectMeta metadata, @Valid BGPPeerSpec spec) implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata
   * @param spec the peering; an absent spec is an empty one
   */
  public BGPPeer {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? BGPPeerSpec.builder().build() : spec;
  }
}
