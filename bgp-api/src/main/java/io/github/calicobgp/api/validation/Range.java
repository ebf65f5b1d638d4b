package io.github.calicobgp.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Go rules {@code gte}/{@code lte} or CRD {@code minimum}/{@code maximum}: a number in range. */
@Documented
@Constraint(validatedBy = RangeValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Range.List.class)
public @interface Range {
  /** {@return the smallest allowed value} */
  long min();

  /** {@return the largest allowed value} */
  long max();

  /** {@return whether 0 is absent (Go {@code omitempty} numbers) rather than a value to check} */
  boolean omitZero() default false;

  /** {@return the default message; the validator reports a more precise one} */
  String message() default "invalid value";

  /** {@return the layers (groups) this rule belongs to} */
  Class<?>[] groups() default {};

  /**
   * Unused.
   *
   * @return the payload types; no rule here uses them, so empty by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Several ranges on one field, one per layer or address family. */
  @Documented
  @Target({FIELD, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the ranges} */
    Range[] value();
  }
}
