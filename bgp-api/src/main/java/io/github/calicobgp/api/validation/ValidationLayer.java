package io.github.calicobgp.api.validation;

/**
 * The places where Calico validates a resource ({@code Validate} in
 * libcalico-go/lib/validator/v3/validator.go, the OpenAPI schema and the
 * {@code x-kubernetes-validations} CEL rules of api/config/crd/projectcalico.org_*.yaml, and
 * libcalico-go/lib/clientv3), each mapped to a Jakarta Bean
 * Validation group. The client-level checks that need other resources (layer 4) are not a group:
 * {@link ClusterValidator} runs them over a whole set of resources.
 */
public enum ValidationLayer {
  /** libcalico-go's Go struct and field rules ({@code validator.go}). */
  GO_RULES(GoRules.class),
  /** The CRD OpenAPI schema: types, enums, patterns, lengths, ranges, required fields. */
  CRD_SCHEMA(CrdSchema.class),
  /** The CRD's CEL rules ({@code x-kubernetes-validations}): the cross-field rules. */
  CEL(Cel.class);

  private final Class<?> group;

  ValidationLayer(Class<?> group) {
    this.group = group;
  }

  /** {@return the validation group whose constraints make up this layer} */
  public Class<?> group() {
    return group;
  }

  /** The group of the Go struct and field rules. */
  public interface GoRules {}

  /** The Go rules that only apply to IPv4 filter rules ({@code BGPFilterRuleV4}). */
  public interface GoRulesV4 extends GoRules {}

  /** The Go rules that only apply to IPv6 filter rules ({@code BGPFilterRuleV6}). */
  public interface GoRulesV6 extends GoRules {}

  /** The group of the CRD OpenAPI schema rules. */
  public interface CrdSchema {}

  /** The schema rules that only apply to IPv4 filter rules. */
  public interface CrdSchemaV4 extends CrdSchema {}

  /** The schema rules that only apply to IPv6 filter rules. */
  public interface CrdSchemaV6 extends CrdSchema {}

  /** The group of the CRD CEL rules. */
  public interface Cel {}
}
