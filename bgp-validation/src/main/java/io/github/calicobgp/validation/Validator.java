package io.github.calicobgp.validation;

import io.github.calicobgp.api.resource.CrdDefaults;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.validation.ClusterValidator;
import io.github.calicobgp.api.validation.PackageValidatorFactory;
import io.github.calicobgp.api.validation.ValidationException;
import io.github.calicobgp.api.validation.ValidationLayer;
import io.github.calicobgp.api.validation.Violation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates one resource the way Calico's {@code validator.Validate} does with CRD validation on:
 * Go rules, then CRD defaulting, schema and CEL rules, with every violation collected. Instances
 * are thread-safe and cheap; the underlying Bean Validation factory is built once.
 *
 * <p>Only the Calico kinds carry rules (BGPConfiguration, BGPPeer, BGPFilter, IPPool,
 * BlockAffinity, Node); the Kubernetes kinds and WorkloadEndpoint always validate. The checks that
 * need other resources are {@link ClusterValidator}'s.
 */
public final class Validator {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::fieldPath).thenComparing(Violation::message);

  private final jakarta.validation.Validator delegate;

  /** A validator sharing the one Bean Validation factory. */
  public Validator() {
    this.delegate = Factory.INSTANCE.getValidator();
  }

  /**
   * {@return every violation of the complete validation (all layers), Go rules first; empty if
   * valid}
   *
   * @param resource the resource to check
   */
  public List<Violation> validate(Resource resource) {
    return validate(resource, EnumSet.allOf(ValidationLayer.class));
  }

  /**
   * {@return the violations of the given layers, in layer order (Go rules, schema, CEL) and by
   * field path within a layer} The schema and CEL rules see the resource with its CRD defaults
   * applied.
   *
   * @param resource the resource to check
   * @param layers the layers to run
   */
  public List<Violation> validate(Resource resource, Set<ValidationLayer> layers) {
    List<Violation> violations = new ArrayList<>();
    if (layers.contains(ValidationLayer.GO_RULES)) {
      violations.addAll(run(resource, ValidationLayer.GO_RULES));
    }
    Resource defaulted =
        layers.contains(ValidationLayer.CRD_SCHEMA) || layers.contains(ValidationLayer.CEL)
            ? withCrdDefaults(resource)
            : resource;
    for (ValidationLayer layer : List.of(ValidationLayer.CRD_SCHEMA, ValidationLayer.CEL)) {
      if (layers.contains(layer)) {
        violations.addAll(run(defaulted, layer));
      }
    }
    return violations;
  }

  /**
   * Returns {@code resource} if it is valid (all layers), else throws with every violation.
   *
   * @param <R> the resource's type
   * @param resource the resource to check
   * @return {@code resource} itself
   */
  public <R extends Resource> R requireValid(R resource) {
    List<Violation> violations = validate(resource);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return resource;
  }

  /**
   * {@code resource} with the CRD schema's defaults filled in where a field is absent, as the API
   * server (and Calico's {@code Validate}) would store it: BGPConfiguration {@code
   * logSeverityScreen: Info} and {@code serviceLoadBalancerAggregation: Enabled}; IPPool {@code
   * nodeSelector: all()} and {@code assignmentMode: Automatic}; BlockAffinity {@code deleted:
   * false}; an empty secret name in password references.
   *
   * @param resource the resource as written
   * @return a copy of the resource with the defaults filled in, or the resource itself if there are
   *     none to add
   */
  public static Resource withCrdDefaults(Resource resource) {
    return CrdDefaults.apply(resource);
  }

  private List<Violation> run(Resource resource, ValidationLayer layer) {
    Set<ConstraintViolation<Resource>> found = delegate.validate(resource, layer.group());
    String kind = resource.kind();
    String name = resource.metadata().nameOrEmpty();
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Resource> v : found) {
      violations.add(
          new Violation(
              kind,
              name,
              FieldPaths.render(resource.getClass(), v.getPropertyPath()),
              v.getMessage()));
    }
    violations.sort(ORDER);
    return violations;
  }

  /** Holds the factory: building it scans annotations and is expensive, so it happens once. */
  private static final class Factory {
    static final ValidatorFactory INSTANCE = build();

    private static ValidatorFactory build() {
      Configuration<?> configuration = Validation.byProvider(HibernateValidator.class).configure();
      // Every message is a literal built by the validators, so no expression language is needed.
      return configuration
          .messageInterpolator(new ParameterMessageInterpolator())
          .constraintValidatorFactory(
              new PackageValidatorFactory(configuration.getDefaultConstraintValidatorFactory()))
          .buildValidatorFactory();
    }
  }
}
