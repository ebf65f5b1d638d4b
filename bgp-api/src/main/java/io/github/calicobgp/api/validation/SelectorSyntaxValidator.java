package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.selector.SelectorParseException;
import org.jspecify.annotations.Nullable;

/** Checks {@link SelectorSyntax}. */
final class SelectorSyntaxValidator extends TextRule<SelectorSyntax> {

  @Override
  @Nullable String problem(String value) {
    try {
      Selector.parse(value);
      return null;
    } catch (SelectorParseException e) {
      // Not e.getMessage(): the selector is quoted here, so a newline in it stays on one line.
      return "invalid selector "
          + Messages.quote(e.selector())
          + " at position "
          + e.position()
          + ": "
          + e.reason();
    }
  }
}
