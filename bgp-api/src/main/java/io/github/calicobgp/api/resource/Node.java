package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * A Calico node: its BGP addresses, AS number and route-reflector cluster id.
 *
 * @param metadata the object's metadata; labels are what selectors match
 * @param spec the node's settings; an absent spec is an empty one
 * @param status the node's status, if any
 */
public record Node(
    @Valid ObjectMeta metadata, @Valid NodeSpec spec, @Valid @Nullable NodeStatus status)
    implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata; the name is the node's name
   * @param spec the node's BGP settings, tunnel addresses and interfaces
   * @param status what calico-node reports about the node; null for nothing
   */
  public Node {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? NodeSpec.EMPTY : spec;
  }

  /**
   * A node with metadata and spec and no status.
   *
   * @param metadata the object's metadata; the name is the node's name
   * @param spec the node's BGP settings, tunnel addresses and interfaces
   */
  public Node(ObjectMeta metadata, NodeSpec spec) {
    this(metadata, spec, null);
  }
}
