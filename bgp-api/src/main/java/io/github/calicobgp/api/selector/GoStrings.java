package io.github.calicobgp.api.selector;

/** Go's {@code strings.TrimSpace}, whose notion of whitespace differs from Java's. */
final class GoStrings {

  private GoStrings() {}

  /** Trims leading and trailing characters for which Go's {@code unicode.IsSpace} is true. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Go's {@code unicode.IsSpace}: the Unicode White_Space property, i.e. {@code \t \n \v \f \r},
   * space, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. Java's
   * {@link Character#isWhitespace} leaves out the no-break spaces and adds U+001C-U+001F. All of
   * these are BMP characters, so testing UTF-16 units is exact.
   */
  static boolean isGoSpace(char c) {
    return switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
          0x3000 -> true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }
}
