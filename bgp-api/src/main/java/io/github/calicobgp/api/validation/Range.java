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
  /** The smallest allowed value. */
  long min();

  /** The largest allowed value. */
  long max();

  /** Whether 0 is absent (Go {@code omitempty} numbers) rather than a value to check. */
  boolean omitZero() default false;

  /** The default message; the validator reports a more precise one. */
  String message() default "invalid value";

  /** The layers (groups) this rule belongs to. */
  Class<?>[] groups() default {};

  /** Unused. */
  Class<? extends Payload>[] payload() default {};

  /** Several ranges on one field, one per layer or address family. */
  @Documented
  @Target({FIELD, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The ranges. */
    Range[] value();
  }
}
