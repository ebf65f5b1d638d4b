package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.ValueFormatException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Calico's {@code validateIPPoolSpec}: the CIDR is set, parses (a bare IP counts as a host network)
 * and is strictly masked; every allowed use is a known one.
 */
final class IPPoolGoRules implements ConstraintValidator<GoStructRules, IPPoolSpec> {

  private static final List<String> USES = List.of("Workload", "Tunnel", "LoadBalancer");

  @Override
  public boolean isValid(@Nullable IPPoolSpec spec, ConstraintValidatorContext context) {
    if (spec == null) {
      return true;
    }
    Report report = Report.on(context);
    String problem = cidrProblem(spec.cidr());
    boolean valid = problem == null;
    if (problem != null) {
      report.at(problem, "cidr");
    }
    List<String> uses = spec.allowedUses();
    for (int i = 0; i < uses.size(); i++) {
      if (!USES.contains(uses.get(i))) {
        report.at("unknown use: " + uses.get(i), "allowedUses", i);
        valid = false;
      }
    }
    return valid;
  }

  private static @Nullable String cidrProblem(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return "IPPool CIDR must be specified";
    }
    try {
      return CIDR.parseNetOrIP(text).isStrictlyMasked()
          ? null
          : "IP pool CIDR is not strictly masked";
    } catch (ValueFormatException e) {
      return "IPPool CIDR must be a valid subnet (" + e.getMessage() + ")";
    }
  }
}
