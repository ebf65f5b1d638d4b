package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.value.BGPCommunity;
import org.jspecify.annotations.Nullable;

/** Checks {@link FilterCommunity}; {@code ""} is checked too (it is a present, bad value). */
final class FilterCommunityValidator extends TextRule<FilterCommunity> {

  @Override
  boolean checksEmpty() {
    return true;
  }

  @Override
  @Nullable String problem(String value) {
    return BGPCommunity.isStrictFilterValue(value)
        ? null
        : Messages.invalid(
            value,
            "should be a BGP community A:B (each part 0-65535) or A:B:C"
                + " (each part 0-4294967295), in decimal without leading zeros");
  }
}
