package io.github.calicobgp.bird;

import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PlanField;
import org.jspecify.annotations.Nullable;

/**
 * A node plan that cannot be rendered into valid BIRD text. It names what is wrong: the subject
 * (a node, a peer, a BGPFilter), the field inside it, why, and the offending value escaped for
 * display (secrets are never shown).
 */
public abstract sealed class BirdRenderException extends RuntimeException
    permits UnsafeConfigValueException, InvalidBGPFilterException {

  private static final long serialVersionUID = 1L;

  /** What holds the value. */
  private final String subject;
  /** The field that holds the value. */
  private final String field;
  /** Why the value cannot be rendered. */
  private final String reason;
  /** The value as messages show it (quoted, escaped); null when it is not shown. */
  private final @Nullable String displayValue;
  /** The resource and field the value came from, when known. */
  private final @Nullable Origin origin;
  /** The field of the plan that holds the value, when the refusal is about a plan value. */
  private final @Nullable PlanField planField;
  /** The peer whose value it is, when it belongs to a peer. */
  private final @Nullable Peer peer;

  BirdRenderException(String subject, String field, String reason, @Nullable String displayValue) {
    this(subject, field, reason, displayValue, null, null, null);
  }

  BirdRenderException(String subject, String field, String reason, @Nullable String displayValue,
      @Nullable Origin origin, @Nullable PlanField planField, @Nullable Peer peer) {
    super(
        subject
            + ": "
            + field
            + ": "
            + reason
            + (displayValue == null ? "" : " (value " + displayValue + ")"));
    this.subject = subject;
    this.field = field;
    this.reason = reason;
    this.displayValue = displayValue;
    this.origin = origin;
    this.planField = planField;
    this.peer = peer;
  }

  /**
   * The value of the plan that was refused, when it is one {@link
   * io.github.calicobgp.peering.Origins#of} can trace to a resource and field.
   *
   * @return the plan field, or null
   */
  public @Nullable PlanField planField() {
    return planField;
  }

  /**
   * The peer whose value was refused, or null for a value of the node.
   *
   * @return the peer, or null
   */
  public @Nullable Peer peer() {
    return peer;
  }

  /**
   * The resource and field the value came from, when the plan knows it: a command line then
   * reports the problem at that field's file and line.
   *
   * @return the origin, or null
   */
  public @Nullable Origin origin() {
    return origin;
  }

  /**
   * What holds the value, e.g. {@code node kube-master}, {@code BGPFilter/my-filter}.
   *
   * @return the holder of the value, e.g. {@code node kube-master}
   */
  public String subject() {
    return subject;
  }

  /**
   * {@return the field within the subject, e.g. {@code password} or {@code
   * spec.importV4[0].action}}
   */
  public String field() {
    return field;
  }

  /**
   * Why the value cannot be rendered, without the value itself.
   *
   * @return the reason, e.g. {@code contains a double quote}
   */
  public String reason() {
    return reason;
  }

  /**
   * {@return the offending value, double-quoted with control characters escaped, {@code <redacted>}
   * for secrets; null when the value is absent}
   */
  public @Nullable String displayValue() {
    return displayValue;
  }
}
