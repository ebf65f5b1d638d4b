package io.github.calicobgp.api.value;

/** Unsigned ASCII decimal parsing shared by the value types (Go {@code strconv.ParseUint(s, 10, n)}). */
final class Decimal {

  /** Returned when the text is empty or has a character other than an ASCII digit. */
  static final long NOT_DIGITS = -1;
  /** Returned when the digits are well-formed but the value exceeds the maximum. */
  static final long TOO_LARGE = -2;

  private Decimal() {}

  /**
   * Parses {@code s[from, to)} as one or more ASCII digits (leading zeros allowed) with a value of
   * at most {@code max} (which must be below 2^59); returns {@link #NOT_DIGITS} or
   * {@link #TOO_LARGE} on failure.
   */
  static long parseUnsigned(String s, int from, int to, long max) {
    if (from >= to) {
      return NOT_DIGITS;
    }
    long value = 0;
    boolean tooLarge = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return NOT_DIGITS;
      }
      if (!tooLarge) {
        value = value * 10 + (c - '0');
        tooLarge = value > max;
      }
    }
    return tooLarge ? TOO_LARGE : value;
  }

  /** Parses the whole of {@code s}; see {@link #parseUnsigned(String, int, int, long)}. */
  static long parseUnsigned(String s, long max) {
    return parseUnsigned(s, 0, s.length(), max);
  }
}
