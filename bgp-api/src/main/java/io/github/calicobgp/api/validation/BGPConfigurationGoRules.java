package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.Community;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.PrefixAdvertisement;
import io.github.calicobgp.api.value.BGPCommunity;
import io.github.calicobgp.api.value.ValueFormatException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Calico's {@code validateBGPConfigurationSpec}: community values have the standard or large shape
 * with parts in range, and each prefix advertisement community is such a value or the name of a
 * community in {@code spec.communities}. (Calico also reports "invalid CIDR value." for a prefix
 * advertisement CIDR that does not parse; the field's {@code net} rule already says so.)
 */
final class BGPConfigurationGoRules
    implements ConstraintValidator<GoStructRules, BGPConfigurationSpec> {

  private static final String UNDEFINED = "community used is invalid or not defined.";

  @Override
  public boolean isValid(@Nullable BGPConfigurationSpec spec, ConstraintValidatorContext context) {
    if (spec == null) {
      return true;
    }
    Report report = Report.on(context);
    boolean valid = true;
    List<Community> communities = spec.communities();
    for (int i = 0; i < communities.size(); i++) {
      String value = communities.get(i).value();
      // An empty value already breaks the field's "required" rule.
      String problem = value == null || value.isEmpty() ? null : communityProblem(value);
      if (problem != null) {
        report.at(Messages.quote(value) + ": " + problem, "communities", i, "value");
        valid = false;
      }
    }
    List<PrefixAdvertisement> advertisements = spec.prefixAdvertisementsOrEmpty();
    for (int i = 0; i < advertisements.size(); i++) {
      List<String> used = advertisements.get(i).communities();
      for (int j = 0; j < used.size(); j++) {
        String problem = prefixCommunityProblem(used.get(j), communities);
        if (problem != null) {
          report.at(
              Messages.quote(used.get(j)) + ": " + problem,
              "prefixAdvertisements",
              i,
              "communities",
              j);
          valid = false;
        }
      }
    }
    return valid;
  }

  private static @Nullable String communityProblem(String value) {
    try {
      BGPCommunity.parse(value);
      return null;
    } catch (ValueFormatException e) {
      return e.reason();
    }
  }

  private static @Nullable String prefixCommunityProblem(String value, List<Community> defined) {
    if (BGPCommunity.looksLikeCommunity(value)) {
      return communityProblem(value);
    }
    boolean named = defined.stream().anyMatch(c -> Objects.equals(c.name(), value));
    return named ? null : UNDEFINED;
  }
}
