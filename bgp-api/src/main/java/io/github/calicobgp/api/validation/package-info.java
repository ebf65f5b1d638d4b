/**
 * Calico's validation rules for resources, layer by layer ({@link ValidationLayer}), and {@link
 * ClusterValidator} for the rules that need other resources. The rules of one resource are run by
 * {@code io.github.calicobgp.validation.Validator}, in the bgp-validation module (it brings
 * Hibernate Validator; this package needs only the Jakarta Bean Validation API).
 *
 * <p>The rules are Jakarta Bean Validation constraints declared on the resource records: field
 * constraints such as {@link CalicoName}, {@link Network} or {@link OneOf}, and class-level {@link
 * GoStructRules} and {@link CelRules} for the cross-field rules. Each constraint belongs to the
 * group of its layer. Their validators are package-private (a provider creates them through
 * {@link PackageValidatorFactory}) and write their own messages, in Calico's (or Kubernetes')
 * wording. {@link Violation#fieldPath()} uses JSON field names.
 */
@NullMarked
package io.github.calicobgp.api.validation;

import org.jspecify.annotations.NullMarked;
