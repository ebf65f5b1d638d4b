package io.github.calicobgp.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The BGPFilter CRD's community pattern: {@code A:B} (16-bit parts) or {@code A:B:C} (32-bit
 * parts), no leading zeros.
 */
@Documented
@Constraint(validatedBy = FilterCommunityValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface FilterCommunity {
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
