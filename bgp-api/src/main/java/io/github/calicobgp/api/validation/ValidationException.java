package io.github.calicobgp.api.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a resource that had to be valid is not; carries every violation found. */
public final class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serialised: records are immutable, the message already holds the text. */
  private final transient List<Violation> violations;

  /**
   * An exception for a non-empty list of violations.
   *
   * @param violations the violations, at least one
   */
  public ValidationException(List<Violation> violations) {
    super(message(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** {@return the violations, in the order the validator reported them} */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
