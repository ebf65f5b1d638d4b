package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks {@link ListSize}. */
final class ListSizeValidator implements ConstraintValidator<ListSize, List<?>> {

  private int min;
  private int max;
  private boolean omitEmpty;

  @Override
  public void initialize(ListSize annotation) {
    min = annotation.min();
    max = annotation.max();
    omitEmpty = annotation.omitEmpty();
  }

  @Override
  public boolean isValid(@Nullable List<?> value, ConstraintValidatorContext context) {
    if (value == null || (value.isEmpty() && omitEmpty)) {
      return true;
    }
    if (value.size() < min) {
      return Report.fail(
          context, Messages.invalid(value.size(), "should have at least " + min + " items"));
    }
    if (value.size() > max) {
      return Report.fail(
          context, "Too many: " + value.size() + ": must have at most " + max + " items");
    }
    return true;
  }
}
