package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Collects the failures of one object's CEL rules, each reported on the object itself with the
 * rule's message verbatim; also the CEL view of an {@code omitempty} text field.
 */
final class CelRuleSet {

  private final ConstraintValidatorContext context;
  private @Nullable Report report;

  CelRuleSet(ConstraintValidatorContext context) {
    this.context = context;
  }

  /** Reports {@code message} unless {@code holds}. */
  CelRuleSet require(boolean holds, String message) {
    if (!holds) {
      if (report == null) {
        report = Report.on(context);
      }
      report.here(message);
    }
    return this;
  }

  /** Whether every rule held. */
  boolean valid() {
    return report == null;
  }

  /** CEL's {@code has(self.f) && size(self.f) > 0} for a text field. */
  static boolean set(@Nullable String text) {
    return text != null && !text.isEmpty();
  }
}
