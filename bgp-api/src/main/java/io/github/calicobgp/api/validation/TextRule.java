package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * A rule over one text field. An absent field is never checked; an empty one is skipped too unless
 * {@link #checksEmpty()} says otherwise, because Go's {@code omitempty} makes {@code ""} absent for
 * both the Go rules and the CRD schema.
 */
abstract class TextRule<A extends Annotation> implements ConstraintValidator<A, String> {

  /** Why {@code value} breaks the rule, or null if it does not. */
  abstract @Nullable String problem(String value);

  /** Whether {@code ""} is checked rather than treated as absent. */
  boolean checksEmpty() {
    return false;
  }

  /**
   * Whether {@code null} is checked as {@code ""}: for list items, which Go decodes from
   * {@code null} to {@code ""} ({@code encoding/json} leaves a string untouched on {@code null}),
   * whereas a null field is simply absent.
   */
  boolean checksNull() {
    return false;
  }

  @Override
  public final boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    String text = value == null && checksNull() ? "" : value;
    if (text == null || (text.isEmpty() && !checksEmpty())) {
      return true;
    }
    String problem = problem(text);
    return problem == null || Report.fail(context, problem);
  }
}
