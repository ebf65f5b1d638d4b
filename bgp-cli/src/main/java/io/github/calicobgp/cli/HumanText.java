package io.github.calicobgp.cli;

/**
 * The one escaping function of human output (tables, findings, diffs, error lines): text from the
 * input must not move the cursor, change colours, retitle the terminal or break a line, so every
 * control character is shown as an escape. JSON and YAML output stays exact (their writers escape
 * by their own rules).
 */
final class HumanText {

  private HumanText() {}

  /**
   * {@code s} with its control characters escaped: {@code \n}, {@code \r}, {@code \t}, other C0
   * controls, DEL and the C1 controls (U+0080 to U+009F, which some terminals read as ESC
   * sequences: U+009B is a CSI) as {@code \xNN}, and the bidirectional overrides and isolates
   * (U+202A to U+202E, U+2066 to U+2069, which reorder what follows on the line) as
   * {@code \}{@code uNNNN}. Everything else is kept; the result is {@code s} itself when there is
   * nothing to escape.
   *
   * @param s text that may come from the input
   * @return text safe to print on a terminal, on one line
   */
  static String escape(String s) {
    int i = 0;
    while (i < s.length() && !needsEscape(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c)) {
        b.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(String.format(c <= 0xff ? "\\x%02x" : "\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
