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
      return e.getMessage();
    }
  }
}
