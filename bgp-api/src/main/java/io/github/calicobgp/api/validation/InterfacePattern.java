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
 * Go rules {@code bgpFilterInterface} and {@code ignoredInterface}: 1 to 15 of {@code
 * [a-zA-Z0-9_.*-]}.
 */
@Documented
@Constraint(validatedBy = InterfacePatternValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface InterfacePattern {
  /**
   * {@return whether the text may be exactly {@code *} (BGPFilter rules: yes; ignored interfaces:
   * no)}
   */
  boolean bareWildcard();

  /**
   * {@return whether {@code ""} is checked (and fails) rather than skipped as absent: yes for the
   * items of a list ({@code validate:"omitempty,dive,ignoredInterface"} in Calico's
   * {@code api/pkg/apis/projectcalico/v3/bgpconfig.go}: {@code omitempty} applies to the list,
   * {@code dive} checks every item, and an item written {@code null} decodes to {@code ""}, as
   * {@code encoding/json} leaves a string untouched on {@code null})}
   */
  boolean checksEmpty() default false;

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
