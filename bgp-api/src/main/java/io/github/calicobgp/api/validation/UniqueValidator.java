package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks {@link Unique}: reports the first value that appears twice. */
final class UniqueValidator implements ConstraintValidator<Unique, List<?>> {

  @Override
  public boolean isValid(@Nullable List<?> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<Object> seen = new HashSet<>();
    for (Object element : value) {
      if (!seen.add(element)) {
        return Report.fail(context, "Duplicate value: " + Messages.quote(String.valueOf(element)));
      }
    }
    return true;
  }
}
