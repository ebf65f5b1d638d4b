package io.github.calicobgp.peering;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of a node's plan that differs between two revisions, with both values as they are in
 * the plans (typed: a {@link LogLevel}, a list of {@link PoolRoute}s, a {@link Peer}...).
 *
 * @param field where the value is: a {@link NodePlan} component ({@code logLevel}), a {@link
 *     FamilyPlan} component under its family ({@code ipv4.blocks}), or a {@link Peer} component
 *     under its family and protocol name ({@code ipv4.peers[Node_10_0_0_1].password}); a peer
 *     added or removed as a whole is {@code ipv4.peers[Node_10_0_0_1]}
 * @param before the old value, null when unset (or when the peer or node is added)
 * @param after the new value, null when unset (or when the peer or node is removed)
 */
public record PlanFieldChange(String field, @Nullable Object before, @Nullable Object after) {

  /**
   * Checks the field name.
   *
   * @param after the new value, null when unset (or when the peer or node is removed)
   * @param before the old value, null when unset (or when the peer or node is added)
   * @param field where the value is: a {@link NodePlan} component ({@code logLevel}), a {@link FamilyPlan} component under its family ({@code ipv4.blocks}), or a {@link Peer} component under its family and protocol name ({@code ipv4.peers[Node_10_0_0_1].password}); a peer added or removed as a whole is {@code ipv4.peers[Node_10_0_0_1]}
   */
  public PlanFieldChange {
    Objects.requireNonNull(field, "field");
  }

  /**
   * The old value as text; a {@link Password} shows only whether there is one.
   *
   * @return the text of {@link #before()}
   */
  public String describeBefore() {
    return describe(before);
  }

  /**
   * The new value as text; a {@link Password} shows only whether there is one.
   *
   * @return the text of {@link #after()}
   */
  public String describeAfter() {
    return describe(after);
  }

  /** E.g. {@code logLevel INFO → DEBUG}. */
  @Override
  public String toString() {
    return field + " " + describeBefore() + " → " + describeAfter();
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Peer peer) {
      return peer.name();
    }
    if (value instanceof Collection<?> list && list.isEmpty()) {
      return "[]";
    }
    // Password.toString() never shows the value.
    return value.toString();
  }
}
