package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.BlockAffinity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Calico's {@code validateBlockAffinitySpec}: the {@code deleted} tombstone may not be set. */
final class BlockAffinityGoRules implements ConstraintValidator<GoStructRules, BlockAffinity.Spec> {

  @Override
  public boolean isValid(BlockAffinity.@Nullable Spec spec, ConstraintValidatorContext context) {
    if (spec == null || !Boolean.TRUE.equals(spec.deleted())) {
      return true;
    }
    Report.on(context).at("spec.Deleted cannot be set to \"true\"", "deleted");
    return false;
  }
}
