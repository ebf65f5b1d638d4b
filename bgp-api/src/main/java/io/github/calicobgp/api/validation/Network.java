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

/**
 * Go rules {@code net}, {@code netv4}, {@code netv6}, {@code cidrv4}, {@code cidrv6}: a CIDR or a
 * bare IP address.
 */
@Documented
@Constraint(validatedBy = NetworkValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Network.List.class)
public @interface Network {
  /**
   * 4 or 6 to require that family, 0 for any.
   *
   * @return 4 or 6 to require that family, 0 for any
   */
  int version() default 0;

  /** {@return whether host bits must be clear ({@code net}, {@code netv4}, {@code netv6})} */
  boolean strictlyMasked();

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

  /** Several network rules on one field, one per address family. */
  @Documented
  @Target({FIELD, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the rules} */
    Network[] value();
  }
}
