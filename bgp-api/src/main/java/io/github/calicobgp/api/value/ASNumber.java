package io.github.calicobgp.api.value;

import org.jspecify.annotations.Nullable;

/**
 * A BGP AS number: unsigned 32-bit, read as plain decimal or asdot {@code X.Y}, always printed in
 * decimal (Calico's {@code numorstring.ASNumber}).
 */
public final class ASNumber implements Comparable<ASNumber> {

  /** The largest AS number, 2^32 - 1. */
  public static final long MAX_VALUE = 0xffff_ffffL;

  private final int bits;

  private ASNumber(int bits) {
    this.bits = bits;
  }

  /**
   * {@return the AS number {@code value}, which must be in 0..4294967295}
   *
   * @param value the AS number as an unsigned 32-bit value
   */
  public static ASNumber of(long value) {
    if (value < 0 || value > MAX_VALUE) {
      throw new IllegalArgumentException("AS number " + value + " is out of range 0.." + MAX_VALUE);
    }
    return new ASNumber((int) value);
  }

  /**
   * Parses plain decimal digits (leading zeros allowed, at most 4294967295) or asdot {@code X.Y}
   * with X and Y in 0..65535 (value X*65536+Y); otherwise throws with Calico's message
   * {@code invalid AS Number format (<text>)}.
   *
   * @param text the AS number as written in a resource, {@code 64512} or {@code 1.10}
   * @return the parsed AS number
   */
  public static ASNumber parse(String text) {
    long plain = Decimal.parseUnsigned(text, MAX_VALUE);
    if (plain >= 0) {
      return new ASNumber((int) plain);
    }
    int dot = text.indexOf('.');
    if (dot >= 0 && text.indexOf('.', dot + 1) < 0) {
      long high = Decimal.parseUnsigned(text, 0, dot, 0xffff);
      long low = Decimal.parseUnsigned(text, dot + 1, text.length(), 0xffff);
      if (high >= 0 && low >= 0) {
        return new ASNumber((int) (high << 16 | low));
      }
    }
    String message = "invalid AS Number format (" + text + ")";
    throw new ValueFormatException(message, text, message);
  }

  /** {@return the AS number as a non-negative long} */
  public long value() {
    return Integer.toUnsignedLong(bits);
  }

  /** The decimal text, e.g. {@code 65546} (asdot is never printed). */
  @Override
  public String toString() {
    return Integer.toUnsignedString(bits);
  }

  /** Equal when the numbers are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ASNumber other && bits == other.bits;
  }

  /** A hash consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return bits;
  }

  /** Orders by numeric value. */
  @Override
  public int compareTo(ASNumber o) {
    return Integer.compareUnsigned(bits, o.bits);
  }
}
