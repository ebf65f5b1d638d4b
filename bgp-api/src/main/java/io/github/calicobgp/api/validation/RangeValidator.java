package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Range} on an integer field. */
final class RangeValidator implements ConstraintValidator<Range, Number> {

  private long min;
  private long max;
  private boolean omitZero;

  @Override
  public void initialize(Range annotation) {
    min = annotation.min();
    max = annotation.max();
    omitZero = annotation.omitZero();
  }

  @Override
  public boolean isValid(@Nullable Number value, ConstraintValidatorContext context) {
    if (value == null || (omitZero && value.longValue() == 0)) {
      return true;
    }
    long v = value.longValue();
    if (v < min) {
      return Report.fail(context, Messages.invalid(v, "should be greater than or equal to " + min));
    }
    if (v > max) {
      return Report.fail(context, Messages.invalid(v, "should be less than or equal to " + max));
    }
    return true;
  }
}
