package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Checks {@link Required}. */
final class RequiredValidator implements ConstraintValidator<Required, Object> {

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    boolean missing =
        value == null
            || (value instanceof CharSequence text && text.length() == 0)
            || (value instanceof Collection<?> list && list.isEmpty());
    return !missing || Report.fail(context, Messages.required());
  }
}
