package io.github.calicobgp.api.validation;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link CalicoName}. */
final class CalicoNameValidator extends TextRule<CalicoName> {

  /** One label of {@link Messages#NAME_REGEX}. */
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  @Override
  @Nullable String problem(String value) {
    return isName(value) ? null : Messages.badName(value);
  }

  /**
   * Whether {@code value} matches {@link Messages#NAME_REGEX} (a DNS-1123 subdomain, without its
   * length limit). Matched label by label: java.util.regex recurses once per repetition of the
   * regex's {@code (\.label)*} group, so a hostile name of some thousands of labels would
   * overflow the stack (Go's RE2 does not recurse).
   *
   * @param value the name
   * @return whether it matches
   */
  static boolean isName(String value) {
    int start = 0;
    while (true) {
      int dot = value.indexOf('.', start);
      int end = dot < 0 ? value.length() : dot;
      if (!LABEL.matcher(value).region(start, end).matches()) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }
}
