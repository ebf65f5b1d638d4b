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
 * Go rules {@code ipv4}, {@code ipv6} and {@code reachableBy}: an IP address as Go's {@code
 * net.ParseIP} reads it.
 */
@Documented
@Constraint(validatedBy = IPValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface IP {
  /**
   * 4 or 6 to require that family (an IPv4-mapped IPv6 address counts as IPv4), 0 for any.
   *
   * @return 4 or 6 to require that family, 0 for any
   */
  int version() default 0;

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
