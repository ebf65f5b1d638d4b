package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;
import org.jspecify.annotations.Nullable;

/**
 * One resource's net change in a batch of events.
 *
 * @param key the resource's key
 * @param before its version before the batch, null when it did not exist
 * @param after its version after, null when it is deleted
 */
record ResourceChange(ResourceKey key, @Nullable Resource before, @Nullable Resource after) {}
