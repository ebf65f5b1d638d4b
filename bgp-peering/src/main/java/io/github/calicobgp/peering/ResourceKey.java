package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import java.util.Objects;

/**
 * What makes a resource unique in a cluster: its kind, namespace and name. Events name the
 * resource they delete by its key.
 *
 * @param kind the resource's kind
 * @param namespace its namespace, "" for a cluster-scoped resource
 * @param name its name
 */
public record ResourceKey(ResourceKind kind, String namespace, String name) {

  /**
   * Checks that no component is null.
   *
   * @param kind the resource's kind
   * @param namespace its namespace, "" for a cluster-scoped resource
   * @param name its name
   */
  public ResourceKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /**
   * {@return the key of {@code resource}}
   *
   * @param resource the resource
   */
  public static ResourceKey of(Resource resource) {
    return new ResourceKey(
        resource.resourceKind(),
        resource.metadata().namespaceOrEmpty(),
        resource.metadata().nameOrEmpty());
  }

  /** {@code Kind/name} or {@code Kind/namespace/name}, the way messages name a resource. */
  @Override
  public String toString() {
    return kind.kind() + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
