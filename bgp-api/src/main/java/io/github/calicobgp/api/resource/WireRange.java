package io.github.calicobgp.api.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range of an integer component's Go type (e.g. {@code uint8}). Go fails to decode a number
 * outside it, so the manifest reader rejects such a number as a decoding error, not as a
 * validation error. Components without this annotation take Java's own range.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface WireRange {
  /** {@return the Go type's name, for messages (e.g. {@code uint16})} */
  String goType();

  /** {@return the smallest value that decodes} */
  long min();

  /** {@return the largest value that decodes} */
  long max();
}
