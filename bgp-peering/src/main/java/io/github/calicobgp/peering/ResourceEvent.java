package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;
import java.util.Objects;

/** One change of a cluster's resources: a resource created or replaced, or one deleted. */
public sealed interface ResourceEvent permits ResourceEvent.Upsert, ResourceEvent.Delete {

  /** The resource this event is about. */
  ResourceKey key();

  /** An event that creates {@code resource}, or replaces the one with its key. */
  static ResourceEvent upsert(Resource resource) {
    return new Upsert(resource);
  }

  /** An event that deletes the resource with {@code key} (nothing when there is none). */
  static ResourceEvent delete(ResourceKey key) {
    return new Delete(key);
  }

  /**
   * A resource created or replaced as a whole.
   *
   * @param resource the new state of the resource
   */
  record Upsert(Resource resource) implements ResourceEvent {
    /** Checks that the resource is there. */
    public Upsert {
      Objects.requireNonNull(resource, "resource");
    }

    @Override
    public ResourceKey key() {
      return ResourceKey.of(resource);
    }
  }

  /**
   * A resource deleted.
   *
   * @param key the deleted resource's key
   */
  record Delete(ResourceKey key) implements ResourceEvent {
    /** Checks that the key is there. */
    public Delete {
      Objects.requireNonNull(key, "key");
    }
  }
}
