package io.github.calicobgp.api.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The CEL rules ({@code x-kubernetes-validations}) of the annotated type's CRD schema. */
@Documented
@Constraint(
    validatedBy = {
      BGPConfigurationCel.class,
      BGPPeerCel.class,
      BGPFilterRuleCel.class,
      IPPoolCel.class
    })
@Target(TYPE)
@Retention(RUNTIME)
public @interface CelRules {
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
