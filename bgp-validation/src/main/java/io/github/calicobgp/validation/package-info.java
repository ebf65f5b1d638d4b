/**
 * Calico's validation of one resource, run by Hibernate Validator: {@link Validator} checks the
 * Go rules, then applies the CRD defaults and checks the schema and CEL rules.
 *
 * <p>The rules themselves are the constraints of {@code io.github.calicobgp.api.validation}, in
 * bgp-api, declared on the resource records; this module only runs them. It is a module of its
 * own so that planning and rendering do not pull a Bean Validation provider: depend on
 * bgp-validation only to validate.
 */
@NullMarked
package io.github.calicobgp.validation;

import org.jspecify.annotations.NullMarked;
