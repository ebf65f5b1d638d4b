package io.github.calicobgp.api.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The JSON field name of a record component whose Java name differs (e.g. {@code interface}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface WireName {
  /** {@return the field name on the wire} */
  String value();
}
