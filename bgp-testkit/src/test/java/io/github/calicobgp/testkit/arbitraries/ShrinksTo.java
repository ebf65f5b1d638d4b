package io.github.calicobgp.testkit.arbitraries;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Marks a property that must fail and shrink its first parameter to a value whose {@code
 * toString()} is {@link #value()}; the property then passes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(ShrinksTo.Hook.class)
@interface ShrinksTo {

  /** The shrunk first parameter, as text. */
  String value();

  /** Turns the expected failure into success, and anything else into a failure. */
  class Hook implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      String expected = context.findAnnotation(ShrinksTo.class).orElseThrow().value();
      PropertyExecutionResult result = property.execute();
      Optional<String> shrunk =
          result.shrunkSample().map(sample -> String.valueOf(sample.parameters().get(0)));
      if (result.status() == PropertyExecutionResult.Status.FAILED
          && shrunk.equals(Optional.of(expected))) {
        return result.mapToSuccessful();
      }
      return result.mapToFailed("expected to fail and shrink to\n  " + expected + "\nbut "
          + result.status() + " with " + shrunk.orElse("no shrunk sample"));
    }
  }
}
