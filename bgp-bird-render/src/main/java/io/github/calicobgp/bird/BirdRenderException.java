package io.github.calicobgp.bird;

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

  BirdRenderException(String subject, String field, String reason, @Nullable String displayValue) {
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
