package io.github.calicobgp.api.resource;

import org.jspecify.annotations.Nullable;

/**
 * A Kubernetes {@code IntOrString} (e.g. a Service port's {@code targetPort}): exactly one of the
 * two is set.
 */
public record IntOrString(@Nullable Integer intValue, @Nullable String stringValue) {

  /**
   * Checks that exactly one of the two values is set.
   *
   * @param intValue the number; null when the value is a name
   * @param stringValue the name; null when the value is a number
   */
  public IntOrString {
    if ((intValue == null) == (stringValue == null)) {
      throw new IllegalArgumentException("exactly one of intValue and stringValue must be set");
    }
  }

  /**
   * {@return a number}
   *
   * @param value the number, e.g. a port
   */
  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  /**
   * {@return a name}
   *
   * @param value the name, e.g. a named port
   */
  public static IntOrString of(String value) {
    return new IntOrString(null, value);
  }

  @Override
  public String toString() {
    return intValue != null ? intValue.toString() : String.valueOf(stringValue);
  }
}
