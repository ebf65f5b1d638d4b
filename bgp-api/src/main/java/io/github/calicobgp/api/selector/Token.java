package io.github.calicobgp.api.selector;

/**
 * One lexical token of a selector.
 *
 * @param kind what the token is
 * @param text the label name (LABEL, HAS) or the literal's contents (STRING); empty otherwise
 * @param position 0-based index of the token's first character in the input
 */
record Token(Token.Kind kind, String text, int position) {

  /** Token kinds, each with the text used to describe it in error messages. */
  enum Kind {
    LABEL("label"),
    STRING("string"),
    LBRACE("{"),
    RBRACE("}"),
    COMMA(","),
    EQ("=="),
    NE("!="),
    IN("in"),
    NOT("!"),
    NOT_IN("not in"),
    CONTAINS("contains"),
    STARTS_WITH("starts with"),
    ENDS_WITH("ends with"),
    ALL("all()"),
    HAS("has()"),
    LPAREN("("),
    RPAREN(")"),
    AND("&&"),
    OR("||"),
    GLOBAL("global()"),
    EOF("end of input");

    private final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Describes the token for an error message, e.g. {@code label "a"} or {@code "&&"}. */
  String describe() {
    return switch (kind) {
      case LABEL -> "label \"" + text + "\"";
      case STRING -> "string " + Node.quote(text);
      case HAS -> "\"has(" + text + ")\"";
      case EOF -> kind.symbol;
      default -> "\"" + kind.symbol + "\"";
    };
  }
}
