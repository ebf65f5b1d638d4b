package io.github.calicobgp.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** CRD {@code minItems} and {@code maxItems}. */
@Documented
@Constraint(validatedBy = ListSizeValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface ListSize {
  /** {@return the smallest allowed size of a present list} */
  int min() default 0;

  /** {@return the largest allowed size} */
  int max() default Integer.MAX_VALUE;

  /**
   * {@return whether an empty list is absent (Go {@code omitempty}) rather than a list to check}
   */
  boolean omitEmpty() default true;

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
}
