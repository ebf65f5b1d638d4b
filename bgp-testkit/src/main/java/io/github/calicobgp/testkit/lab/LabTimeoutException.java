package io.github.calicobgp.testkit.lab;

/** The lab did not reach an awaited state before the deadline. */
public class LabTimeoutException extends LabException {
  private static final long serialVersionUID = 1L;

  /**
   * A timeout, with a message describing the last state seen.
   *
   * @param message the state last seen, for people
   */
  public LabTimeoutException(String message) {
    super(message);
  }
}
