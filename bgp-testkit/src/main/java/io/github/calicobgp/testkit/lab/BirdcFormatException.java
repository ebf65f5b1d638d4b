package io.github.calicobgp.testkit.lab;

/** Text that {@link BirdcOutput} cannot read as {@code birdc} output. */
public final class BirdcFormatException extends LabException {
  private static final long serialVersionUID = 1L;

  /** The line's number in the output, 1-based. */
  private final int lineNumber;
  /** The line as printed. */
  private final String line;

  /**
   * Line {@code lineNumber} (1-based) of the output, {@code line}, is not what {@code expected}
   * says.
   *
   * @param lineNumber the line's number in the output, 1-based
   * @param line the line as printed
   * @param expected what the line should have looked like
   */
  public BirdcFormatException(int lineNumber, String line, String expected) {
    super("birdc output line " + lineNumber + " is not " + expected + ": '" + line + "'");
    this.lineNumber = lineNumber;
    this.line = line;
  }

  /** {@return the 1-based number of the offending line} */
  public int lineNumber() {
    return lineNumber;
  }

  /** {@return the offending line} */
  public String line() {
    return line;
  }
}
