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

/** CRD {@code maxLength}: at most this many characters (Unicode code points). */
@Documented
@Constraint(validatedBy = MaxLengthValidator.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MaxLength.List.class)
public @interface MaxLength {
  /** {@return the largest allowed length} */
  int value();

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

  /** Several length limits on one field, one per address family. */
  @Documented
  @Target({FIELD, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the rules} */
    MaxLength[] value();
  }
}
