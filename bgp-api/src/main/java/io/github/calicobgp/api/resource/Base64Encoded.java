package io.github.calicobgp.api.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a map whose values are standard base64 text (Go {@code []byte} fields such as a Secret's
 * {@code data}); the manifest reader rejects values that are not valid base64.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Base64Encoded {}
