package io.github.calicobgp.peering;

import java.util.Objects;

/**
 * Where a value of a plan came from: a resource and the field inside it, so that a value that
 * cannot be used can be reported as {@code file:line: Kind/name: field: message}. Origins live on
 * the shared objects of a plan (a BGPPeer's password, the cluster's settings), never one per node
 * and value, so that planning stays cheap.
 *
 * @param resource the resource that holds the value
 * @param field the field path inside it, e.g. {@code spec.password.secretKeyRef}
 */
public record Origin(ResourceKey resource, String field) {

  /**
   * Checks that no component is null.
   *
   * @param field the field path inside it, e.g. {@code spec.password.secretKeyRef}
   * @param resource the resource that holds the value
   */
  public Origin {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(field, "field");
  }

  /** {@code Kind/name: field}, the way messages name a value. */
  @Override
  public String toString() {
    return resource + ": " + field;
  }
}
