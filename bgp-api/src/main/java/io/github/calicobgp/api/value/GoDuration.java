package io.github.calicobgp.api.value;

import org.jspecify.annotations.Nullable;

/**
 * A Go {@code time.Duration}: signed 64-bit nanoseconds, parsed by {@code time.ParseDuration} and
 * printed by {@code Duration.String()} (Kubernetes {@code metav1.Duration} on the wire).
 */
public final class GoDuration implements Comparable<GoDuration> {

  private static final long MICROSECOND = 1_000L;
  private static final long MILLISECOND = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;
  /** 2^63 read as an unsigned number: Go's accumulation limit. */
  private static final long TWO_POW_63 = Long.MIN_VALUE;

  private static final GoDuration ZERO = new GoDuration(0);

  private final long nanos;

  private GoDuration(long nanos) {
    this.nanos = nanos;
  }

  /**
   * {@return the duration of {@code nanos} nanoseconds}
   *
   * @param nanos the length of the duration in nanoseconds, negative allowed
   */
  public static GoDuration ofNanos(long nanos) {
    return nanos == 0 ? ZERO : new GoDuration(nanos);
  }

  /**
   * Parses like Go's {@code time.ParseDuration}: an optional sign, then one or more
   * {@code <decimal><unit>} terms with units {@code ns us µs μs ms s m h}; {@code "0"} alone
   * needs no unit.
   *
   * @param text the duration as Go writes it, e.g. {@code 1h30m}, {@code 90s} or {@code 250ms}
   * @return the parsed duration
   */
  public static GoDuration parse(String text) {
    int n = text.length();
    int p = 0;
    boolean negative = false;
    if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      p = 1;
    }
    if (n - p == 1 && text.charAt(p) == '0') {
      return ZERO;
    }
    if (p == n) {
      throw invalid(text, "no number");
    }
    // Unsigned accumulation up to 2^63, like Go; like Go, a sum that passes 2^64 wraps around.
    long total = 0;
    while (p < n) {
      char c = text.charAt(p);
      if (c != '.' && !isDigit(c)) {
        throw invalid(text, "expected a number at offset " + p);
      }
      int intStart = p;
      long whole = 0;
      for (; p < n && isDigit(text.charAt(p)); p++) {
        if (Long.compareUnsigned(whole, 922_337_203_685_477_580L) > 0) {
          throw invalid(text, "out of range");
        }
        whole = whole * 10 + (text.charAt(p) - '0');
        if (Long.compareUnsigned(whole, TWO_POW_63) > 0) {
          throw invalid(text, "out of range");
        }
      }
      boolean digitsBefore = p != intStart;
      long fraction = 0;
      double scale = 1;
      boolean digitsAfter = false;
      if (p < n && text.charAt(p) == '.') {
        p++;
        int fracStart = p;
        boolean saturated = false;
        for (; p < n && isDigit(text.charAt(p)); p++) {
          if (saturated) {
            continue;
          }
          if (Long.compareUnsigned(fraction, 922_337_203_685_477_580L) > 0) {
            saturated = true;
            continue;
          }
          long next = fraction * 10 + (text.charAt(p) - '0');
          if (Long.compareUnsigned(next, TWO_POW_63) > 0) {
            saturated = true;
            continue;
          }
          fraction = next;
          scale *= 10;
        }
        digitsAfter = p != fracStart;
      }
      if (!digitsBefore && !digitsAfter) {
        throw invalid(text, "no digits around '.' at offset " + intStart);
      }
      int unitStart = p;
      while (p < n && text.charAt(p) != '.' && !isDigit(text.charAt(p))) {
        p++;
      }
      if (p == unitStart) {
        throw invalid(text, "missing unit");
      }
      String unitText = text.substring(unitStart, p);
      long unit = unitNanos(unitText);
      if (unit == 0) {
        throw invalid(text, "unknown unit " + DisplayText.quote(unitText));
      }
      if (Long.compareUnsigned(whole, Long.divideUnsigned(TWO_POW_63, unit)) > 0) {
        throw invalid(text, "out of range");
      }
      whole *= unit;
      if (fraction != 0) {
        whole += (long) (unsignedToDouble(fraction) * ((double) unit / scale));
        if (Long.compareUnsigned(whole, TWO_POW_63) > 0) {
          throw invalid(text, "out of range");
        }
      }
      total += whole;
      if (Long.compareUnsigned(total, TWO_POW_63) > 0) {
        throw invalid(text, "out of range");
      }
    }
    if (negative) {
      return ofNanos(-total);
    }
    if (total < 0) { // exactly 2^63
      throw invalid(text, "out of range");
    }
    return ofNanos(total);
  }

  /** {@return the duration in nanoseconds} */
  public long toNanos() {
    return nanos;
  }

  /**
   * Whole seconds rounded half away from zero, as confd computes them:
   * {@code int(math.Round(d.Seconds()))}, float rounding included.
   *
   * @return the duration in whole seconds, rounded as {@code math.Round} rounds
   */
  public long toWholeSecondsRounded() {
    double seconds = (double) (nanos / SECOND) + (double) (nanos % SECOND) / 1e9;
    double truncated = seconds < 0 ? Math.ceil(seconds) : Math.floor(seconds);
    if (Math.abs(seconds - truncated) >= 0.5) {
      truncated += Math.signum(seconds);
    }
    return (long) truncated;
  }

  /** Go's {@code Duration.String()}, e.g. {@code 3m20s}, {@code 1h0m0s}, {@code 1.5s}, {@code 0s}. */
  @Override
  public String toString() {
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    long u = nanos < 0 ? -nanos : nanos; // unsigned: Long.MIN_VALUE stands for 2^63
    if (Long.compareUnsigned(u, SECOND) < 0) { // below one second: ns, µs or ms
      if (u < MICROSECOND) {
        return sign + u + "ns";
      }
      if (u < MILLISECOND) {
        return sign + (u / MICROSECOND) + fractionDigits(u % MICROSECOND, 3) + "\u00b5s";
      }
      return sign + (u / MILLISECOND) + fractionDigits(u % MILLISECOND, 6) + "ms";
    }
    long seconds = Long.divideUnsigned(u, SECOND);
    String fraction = fractionDigits(Long.remainderUnsigned(u, SECOND), 9);
    StringBuilder b = new StringBuilder(32).append(sign);
    long hours = seconds / 3600;
    if (hours > 0) {
      b.append(hours).append('h').append(seconds / 60 % 60).append('m');
    } else if (seconds >= 60) {
      b.append(seconds / 60).append('m');
    }
    return b.append(seconds % 60).append(fraction).append('s').toString();
  }

  /** Equal when the nanosecond counts are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GoDuration other && nanos == other.nanos;
  }

  /** A hash consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Long.hashCode(nanos);
  }

  /** Orders by signed length. */
  @Override
  public int compareTo(GoDuration o) {
    return Long.compare(nanos, o.nanos);
  }

  /** {@code .ddd} with {@code digits} digits of {@code value} minus trailing zeros; "" for 0. */
  private static String fractionDigits(long value, int digits) {
    if (value == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder(digits + 1).append(value);
    while (b.length() < digits) {
      b.insert(0, '0');
    }
    int end = b.length();
    while (b.charAt(end - 1) == '0') {
      end--;
    }
    return "." + b.substring(0, end);
  }

  private static long unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "\u00b5s", "\u03bcs" -> MICROSECOND;
      case "ms" -> MILLISECOND;
      case "s" -> SECOND;
      case "m" -> 60 * SECOND;
      case "h" -> 3600 * SECOND;
      default -> 0;
    };
  }

  /** The value of {@code v} (at most 2^63) read as unsigned. */
  private static double unsignedToDouble(long v) {
    return v < 0 ? 0x1p63 : (double) v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static ValueFormatException invalid(String text, String reason) {
    return ValueFormatException.of("duration", text, reason);
  }
}
