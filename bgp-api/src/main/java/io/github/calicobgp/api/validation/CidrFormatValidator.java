package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.ValueFormatException;
import org.jspecify.annotations.Nullable;

/** Checks {@link CidrFormat}. */
final class CidrFormatValidator extends TextRule<CidrFormat> {

  @Override
  @Nullable String problem(String value) {
    try {
      CIDR.parse(value);
      return null;
    } catch (ValueFormatException e) {
      return Messages.invalid(value, "must be of type cidr (" + e.reason() + ")");
    }
  }
}
