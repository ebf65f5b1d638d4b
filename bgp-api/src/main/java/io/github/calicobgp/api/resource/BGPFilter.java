package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;

/**
 * Route import and export rules that BGPPeers reference by name.
 *
 * @param metadata the object's metadata
 * @param spec the rules; an absent spec is an empty one
 */
public record BGPFilter(@Valid ObjectMeta metadata, @Valid BGPFilterSpec spec) implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata
   * @param spec the rules; an absent spec is an empty one
   */
  public BGPFilter {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? new BGPFilterSpec(null, null, null, null) : spec;
  }
}
