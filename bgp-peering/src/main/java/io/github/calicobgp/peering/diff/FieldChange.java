package io.github.calicobgp.peering.diff;

import java.util.Objects;

/**
 * One setting of one end of a session that differs between two revisions.
 *
 * @param node the node whose peer changed
 * @param field the setting, named as in BGPPeer ({@code asNumber}, {@code password}...), or
 *     {@code protocol} for the BIRD protocol name, or {@code peer} when the end gains or loses its
 *     peer
 * @param before the old value as text (a password shows only whether there is one)
 * @param after the new value as text
 */
public record FieldChange(String node, String field, String before, String after) {

  /**
   * Checks the components.
   *
   * @param node the node whose peer changed
   * @param field the setting, named as in BGPPeer ({@code asNumber}, {@code password}...), or
   *     {@code protocol} for the BIRD protocol name, or {@code peer} when the end gains or loses
   *     its peer
   * @param before the old value as text (a password shows only whether there is one)
   * @param after the new value as text
   */
  public FieldChange {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** E.g. {@code a: asNumber 64512 → 65000}. */
  @Override
  public String toString() {
    return node + ": " + field + " " + before + " → " + after;
  }
}
