package io.github.calicobgp.api.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that Calico always serialises (no {@code omitempty} in its Go struct): when
 * it is null, the writer emits its zero value ({@code ""}, {@code false}, {@code 0}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface AlwaysWritten {}
