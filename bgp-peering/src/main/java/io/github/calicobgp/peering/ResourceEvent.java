package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;
import java.util.Objects;

/** One change of a cluster's resources: a resource created or replaced, or one deleted. */
public sealed interface ResourceEvent permits ResourceEvent.Upsert, ResourceEvent.Delete {

  /** {@return the resource this event is about} */
  ResourceKey key();

  /**
   * {@return an event that creates {@code resource}, or replaces the one with its key}
   *
   * @param resource the new or changed resource
   */
  static ResourceEvent upsert(Resource resource) {
    return new Upsert(resource);
  }

  /**
   * {@return an event that deletes the resource with {@code key} (nothing when there is none)}
   *
   * @param key the key of the deleted resource
   */
  static ResourceEvent delete(ResourceKey key) {
    return new Delete(key);
  }

  /**
   * A resource created or replaced as a whole.
   *
   * @param resource the new state of the resource
   */
  record Upsert(Resource resource) implements ResourceEvent {
    /**
     * Checks that the resource is there.
     *
     * @param resource the new state of the resource
     */
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
    /**
     * Checks that the key is there.
     *
     * @param key the deleted resource's key
     */
    public Delete {
      Objects.requireNonNull(key, "key");
    }
  }
}
