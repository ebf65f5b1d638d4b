package io.github.calicobgp.api.validation;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link MatchesRegex} against the whole text. */
final class MatchesRegexValidator extends TextRule<MatchesRegex> {

  private Pattern pattern = Pattern.compile("");

  @Override
  public void initialize(MatchesRegex annotation) {
    pattern = Pattern.compile(annotation.value());
  }

  @Override
  @Nullable String problem(String value) {
    return pattern.matcher(value).matches()
        ? null
        : Messages.invalid(value, "should match '" + pattern.pattern() + "'");
  }
}
