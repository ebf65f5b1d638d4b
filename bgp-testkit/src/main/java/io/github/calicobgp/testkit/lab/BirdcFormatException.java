package io.github.calicobgp.testkit.lab;

/** Text that {@link BirdcOutput} cannot read as {@code birdc} output. */
public final class BirdcFormatException extends LabException {
  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final String line;

  /** Line {@code lineNumber} (1-based) of the output, {@code line}, is not what {@code expected} says. */
  public BirdcFormatException(int lineNumber, String line, String expected) {
    super("birdc output line " + lineNumber + " is not " + expected + ": '" + line + "'");
    this.lineNumber = lineNumber;
    this.line = line;
  }

  /** The 1-based number of the offending line. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The offending line. */
  public String line() {
    return line;
  }
}
