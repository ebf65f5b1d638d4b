package io.github.calicobgp.api.validation;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link InterfacePattern}. */
final class InterfacePatternValidator extends TextRule<InterfacePattern> {

  private static final Pattern INTERFACE = Pattern.compile("[a-zA-Z0-9_.*-]{1,15}");

  private boolean bareWildcard;
  private boolean checksEmpty;

  @Override
  public void initialize(InterfacePattern annotation) {
    bareWildcard = annotation.bareWildcard();
    checksEmpty = annotation.checksEmpty();
  }

  @Override
  boolean checksEmpty() {
    return checksEmpty;
  }

  /** The items of a list: {@code null} is the {@code ""} Go would decode it to. */
  @Override
  boolean checksNull() {
    return checksEmpty;
  }

  @Override
  @Nullable String problem(String value) {
    if (value.equals("*")) {
      return bareWildcard ? null : "\"*\" alone is not allowed: it would match every interface";
    }
    return INTERFACE.matcher(value).matches()
        ? null
        : Messages.quote(value)
            + " is not an interface name or pattern:"
            + " expected 1 to 15 of a-z, A-Z, 0-9, '_', '.', '-' and '*'";
  }
}
