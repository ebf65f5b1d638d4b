package io.github.calicobgp.api.validation;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link CalicoName}. */
final class CalicoNameValidator extends TextRule<CalicoName> {

  static final Pattern NAME = Pattern.compile(Messages.NAME_REGEX);

  @Override
  @Nullable String problem(String value) {
    return NAME.matcher(value).matches() ? null : Messages.badName(value);
  }
}
