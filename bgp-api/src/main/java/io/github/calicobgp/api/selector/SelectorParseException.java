package io.github.calicobgp.api.selector;

/**
 * Thrown when a string is not a valid Calico label selector.
 *
 * <p>The message has the form {@code invalid selector "a b" at position 2: expected operator after
 * label}; {@link #reason()} gives the part after the colon on its own.
 */
public class SelectorParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The selector text, exactly as given. */
  private final String selector;
  /** The 0-based index into {@link #selector} where the error was detected. */
  private final int position;
  /** The reason, without the selector and position. */
  private final String reason;

  /**
   * Creates an exception for {@code selector}, failing at {@code position} for {@code reason}.
   *
   * @param selector the text that was being parsed
   * @param position 0-based index (in UTF-16 chars) into {@code selector} where the error was found
   * @param reason what was wrong, e.g. {@code expected string}
   */
  public SelectorParseException(String selector, int position, String reason) {
    super("invalid selector \"" + selector + "\" at position " + position + ": " + reason);
    this.selector = selector;
    this.position = position;
    this.reason = reason;
  }

  /** {@return the selector text that failed to parse, exactly as given} */
  public String selector() {
    return selector;
  }

  /**
   * {@return the 0-based index (in UTF-16 chars, equal to the byte offset for ASCII input) into
   * {@link #selector()} where the error was detected; the input length when the input ended too
   * soon}
   */
  public int position() {
    return position;
  }

  /** {@return the reason without the selector and position, e.g. {@code expected string}} */
  public String reason() {
    return reason;
  }
}
