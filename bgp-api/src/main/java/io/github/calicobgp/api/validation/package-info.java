/**
 * Validation of Calico resources with Calico's rules, layer by layer ({@link ValidationLayer}):
 * {@link Validator} checks one resource (Go rules, then CRD defaults, schema and CEL rules), {@link
 * ClusterValidator} the rules that need other resources.
 *
 * <p>The rules are Jakarta Bean Validation constraints declared on the resource records: field
 * constraints such as {@link CalicoName}, {@link Network} or {@link OneOf}, and class-level {@link
 * GoStructRules} and {@link CelRules} for the cross-field rules. Each constraint belongs to the
 * group of its layer. Their validators are package-private and write their own messages, in
 * Calico's (or Kubernetes') wording. {@link Violation#fieldPath()} uses JSON field names.
 */
@NullMarked
package io.github.calicobgp.api.validation;

import org.jspecify.annotations.NullMarked;
