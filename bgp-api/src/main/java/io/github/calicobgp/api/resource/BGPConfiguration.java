package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;
import java.util.Optional;

/**
 * Cluster-wide ({@code default}) or per-node ({@code node.<name>}) BGP settings.
 *
 * @param metadata the object's metadata; the name says which nodes it applies to
 * @param spec the settings; an absent spec is an empty one
 */
public record BGPConfiguration(@Valid ObjectMeta metadata, @Valid BGPConfigurationSpec spec)
    implements Resource {

  /** The name of the cluster-wide configuration. */
  public static final String DEFAULT_NAME = "default";

  /** The prefix of per-node configurations' names ({@code node.<nodename>}). */
  public static final String NODE_PREFIX = "node.";

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata; the name says which nodes it applies to
   * @param spec the settings; an absent spec is an empty one
   */
  public BGPConfiguration {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? BGPConfigurationSpec.builder().build() : spec;
  }

  /** {@return whether this is the cluster-wide {@code default} configuration} */
  public boolean isDefault() {
    return DEFAULT_NAME.equals(metadata.name());
  }

  /**
   * {@return the node this per-node configuration applies to, if its name is {@code node.<name>}}
   */
  public Optional<String> nodeName() {
    String name = metadata.nameOrEmpty();
    return name.startsWith(NODE_PREFIX)
        ? Optional.of(name.substring(NODE_PREFIX.length()))
        : Optional.empty();
  }
}
