package io.github.calicobgp.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** CRD {@code pattern}: the whole text matches the regular expression. */
@Documented
@Constraint(validatedBy = MatchesRegexValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface MatchesRegex {
  /**
   * {@return the regular expression (Java syntax; the CRD patterns used here mean the same in
   * both)}
   */
  String value();

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
