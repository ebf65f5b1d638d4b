package io.github.calicobgp.api.validation;

import static io.github.calicobgp.api.validation.CelRuleSet.set;

import io.github.calicobgp.api.resource.BGPFilterRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** The CEL rules of a BGPFilter rule (the same for all four rule lists). */
final class BGPFilterRuleCel implements ConstraintValidator<CelRules, BGPFilterRule> {

  @Override
  public boolean isValid(@Nullable BGPFilterRule rule, ConstraintValidatorContext context) {
    if (rule == null) {
      return true;
    }
    return new CelRuleSet(context)
        .require(
            set(rule.cidr()) == set(rule.matchOperator()),
            "cidr and matchOperator must both be set or both be empty")
        // Any prefixLength, even {}, counts as present.
        .require(
            rule.prefixLength() == null || set(rule.cidr()),
            "cidr is required when prefixLength is set")
        .require(
            rule.operations().isEmpty() || "Accept".equals(rule.action()),
            "operations may only be used with action Accept")
        .valid();
  }
}
