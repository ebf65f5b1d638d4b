package io.github.calicobgp.api.value;

/** Thrown when a text is not a valid value of the format being parsed. */
public final class ValueFormatException extends IllegalArgumentException {

  /** The rejected text. */
  private final String input;
  /** Why it was rejected. */
  private final String reason;

  ValueFormatException(String message, String input, String reason) {
    super(message);
    this.input = input;
    this.reason = reason;
  }

  /** Builds the usual message {@code invalid <what> "<input>": <reason>}. */
  static ValueFormatException of(String what, String input, String reason) {
    return new ValueFormatException("invalid " + what + " " + DisplayText.quote(input) + ": " + reason, input, reason);
  }

  /** {@return the rejected text, exactly as given} */
  public String input() {
    return input;
  }

  /**
   * Why the text was rejected, without the text itself.
   *
   * @return the reason, e.g. {@code port out of range}
   */
  public String reason() {
    return reason;
  }

  /** Names a character for an error message: {@code 'x'}, or {@code U+000A} if not printable. */
  static String describe(char c) {
    return c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
