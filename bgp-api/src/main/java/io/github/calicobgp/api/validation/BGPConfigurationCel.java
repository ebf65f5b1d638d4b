package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** The CEL rules of the BGPConfiguration CRD's spec. */
final class BGPConfigurationCel implements ConstraintValidator<CelRules, BGPConfigurationSpec> {

  @Override
  public boolean isValid(@Nullable BGPConfigurationSpec spec, ConstraintValidatorContext context) {
    if (spec == null) {
      return true;
    }
    // has(nodeToNodeMeshEnabled) && !nodeToNodeMeshEnabled: only an explicit false counts.
    boolean meshOff = Boolean.FALSE.equals(spec.nodeToNodeMeshEnabled());
    return new CelRuleSet(context)
        .require(
            spec.nodeMeshPassword() == null || !meshOff,
            "nodeMeshPassword cannot be set when nodeToNodeMeshEnabled is false")
        .require(
            spec.nodeMeshMaxRestartTime() == null || !meshOff,
            "nodeMeshMaxRestartTime cannot be set when nodeToNodeMeshEnabled is false")
        .require(
            spec.communities().isEmpty() || !spec.prefixAdvertisementsOrEmpty().isEmpty(),
            "communities are defined but not used in prefixAdvertisements")
        .valid();
  }
}
