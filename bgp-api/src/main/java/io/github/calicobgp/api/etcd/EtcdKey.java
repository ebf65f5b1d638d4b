package io.github.calicobgp.api.etcd;

import io.github.calicobgp.api.resource.ResourceKind;
import java.util.Objects;

/**
 * The resource an etcd key stands for, known from the key alone (so that a deleted key, whose
 * value is gone, still names its resource).
 *
 * @param kind the resource's kind
 * @param namespace its namespace, {@code ""} for a cluster-scoped kind
 * @param name its name (for a block affinity, the name Calico gives its CRD)
 */
public record EtcdKey(ResourceKind kind, String namespace, String name) {

  /**
   * Checks that no component is null.
   *
   * @param kind the resource's kind
   * @param name its name (for a block affinity, the name Calico gives its CRD)
   * @param namespace its namespace, {@code ""} for a cluster-scoped kind
   */
  public EtcdKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }
}
