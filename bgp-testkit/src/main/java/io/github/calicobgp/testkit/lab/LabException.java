package io.github.calicobgp.testkit.lab;

/** A lab could not be set up, queried or torn down. */
public class LabException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a message.
   *
   * @param message what went wrong
   */
  public LabException(String message) {
    super(message);
  }

  /**
   * An error with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the exception that caused it
   */
  public LabException(String message, Throwable cause) {
    super(message, cause);
  }
}
