package io.github.calicobgp.api.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** CRD {@code minProperties: 1} and {@code maxProperties: 1}: exactly one component is set. */
@Documented
@Constraint(validatedBy = {OneMemberValidator.class})
@Target(TYPE)
@Retention(RUNTIME)
public @interface OneMember {
  /** {@return the default message; the validators report their own} */
  String message() default "invalid value";

  /** {@return the layers (groups) these rules belong to} */
  Class<?>[] groups() default {};

  /**
   * Unused.
   *
   * @return the payload types; no rule here uses them, so empty by default
   */
  Class<? extends Payload>[] payload() default {};
}
