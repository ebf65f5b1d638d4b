package io.github.calicobgp.api.validation;

import org.jspecify.annotations.Nullable;

/** Checks {@link MaxLength}, counting code points as the Kubernetes schema validator does. */
final class MaxLengthValidator extends TextRule<MaxLength> {

  private int max;

  @Override
  public void initialize(MaxLength annotation) {
    max = annotation.value();
  }

  @Override
  @Nullable String problem(String value) {
    int length = value.codePointCount(0, value.length());
    return length <= max
        ? null
        : "Too long: may not be more than " + max + " characters (it has " + length + ")";
  }
}
