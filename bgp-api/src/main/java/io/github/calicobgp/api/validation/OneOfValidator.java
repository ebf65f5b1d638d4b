package io.github.calicobgp.api.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks {@link OneOf}. */
final class OneOfValidator extends TextRule<OneOf> {

  private String[] values = {};
  private boolean omitEmpty;

  @Override
  public void initialize(OneOf annotation) {
    values = annotation.value();
    omitEmpty = annotation.omitEmpty();
  }

  @Override
  boolean checksEmpty() {
    return !omitEmpty;
  }

  @Override
  @Nullable String problem(String value) {
    return List.of(values).contains(value) ? null : Messages.unsupported(value, values);
  }
}
