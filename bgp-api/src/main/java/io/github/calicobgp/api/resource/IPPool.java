package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pool of IP addresses for workloads, with its encapsulation and export settings.
 *
 * @param metadata the object's metadata
 * @param spec the pool's settings; an absent spec is an empty one
 * @param status the pool's conditions, if any
 */
public record IPPool(@Valid ObjectMeta metadata, @Valid IPPoolSpec spec, @Nullable Status status)
    implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata
   * @param spec the pool's network and settings
   * @param status the pool's conditions as the API server reports them; null for none
   */
  public IPPool {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? IPPoolSpec.ofCidr(null) : spec;
  }

  /**
   * A pool with metadata and spec and no status.
   *
   * @param metadata the object's metadata
   * @param spec the pool's network and settings
   */
  public IPPool(ObjectMeta metadata, IPPoolSpec spec) {
    this(metadata, spec, null);
  }

  /** The pool's status: Kubernetes conditions. */
  public record Status(List<Condition> conditions) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param conditions the conditions, as the API server reports them
     */
    public Status {
      conditions = Immutable.list(conditions);
    }
  }

  /** A Kubernetes condition ({@code metav1.Condition}). */
  public record Condition(
      @AlwaysWritten @Nullable String type,
      @AlwaysWritten @Nullable String status,
      @Nullable Long observedGeneration,
      @AlwaysWritten @Nullable String lastTransitionTime,
      @AlwaysWritten @Nullable String reason,
      @AlwaysWritten @Nullable String message) {}
}
