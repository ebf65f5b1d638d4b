package io.github.calicobgp.api.value;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 address, parsed like Go's {@code net.ParseIP} and printed like Go's
 * {@code net.IP.String()}.
 *
 * <p>An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) <em>is</em> the IPv4 address
 * {@code a.b.c.d}: it has family {@link IPFamily#V4}, prints in dotted form and equals the plain
 * IPv4 address, exactly as Go's {@code To4() != nil} rule makes Calico treat it. IPv6 addresses
 * print in RFC 5952 form (lower case, no leading zeros, the first longest run of two or more zero
 * groups written {@code ::}).
 *
 * <p>Storage is two longs: the 128-bit IPv6 form, with IPv4 kept as its IPv4-mapped form.
 */
public final class IPAddress implements Comparable<IPAddress> {

  /** The high 32 bits of {@code lo} (and the whole of {@code hi}) of an IPv4-mapped address. */
  private static final long V4_MAPPED_PREFIX = 0xffff_0000_0000L;

  private final long hi;
  private final long lo;
  private @Nullable String text;

  IPAddress(long hi, long lo) {
    this.hi = hi;
    this.lo = lo;
  }

  /**
   * Parses a textual IP address with Go's {@code net.ParseIP} rules.
   *
   * @param text the address as written, IPv4 dotted quad or IPv6 (IPv4-mapped allowed)
   * @return the parsed address
   */
  public static IPAddress parse(String text) {
    long[] bits = new long[2];
    String reason = parseBits(text, bits);
    if (reason != null) {
      throw ValueFormatException.of("IP address", text, reason);
    }
    return new IPAddress(bits[0], bits[1]);
  }

  /**
   * Parses like {@link #parse(String)}, returning empty instead of throwing.
   *
   * @param text the address as written, possibly not an address at all
   * @return the parsed address, or empty if {@code text} is not one
   */
  public static Optional<IPAddress> tryParse(String text) {
    long[] bits = new long[2];
    return parseBits(text, bits) == null
        ? Optional.of(new IPAddress(bits[0], bits[1]))
        : Optional.empty();
  }

  /**
   * Makes an address from 4 (IPv4) or 16 (IPv6, maybe IPv4-mapped) network-order bytes.
   *
   * @param bytes the address in network byte order, 4 or 16 bytes; copied, not kept
   * @return the address those bytes spell
   */
  public static IPAddress ofBytes(byte[] bytes) {
    if (bytes.length == 4) {
      return new IPAddress(0, V4_MAPPED_PREFIX | (readLong(bytes, 0, 4) & 0xffff_ffffL));
    }
    if (bytes.length == 16) {
      return new IPAddress(readLong(bytes, 0, 8), readLong(bytes, 8, 8));
    }
    throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + bytes.length);
  }

  /** {@return the address family; {@link IPFamily#V4} also for IPv4-mapped IPv6 input} */
  public IPFamily family() {
    return isV4() ? IPFamily.V4 : IPFamily.V6;
  }

  /**
   * A fresh copy of the address bytes: 4 for IPv4, 16 for IPv6.
   *
   * @return a fresh copy of the address bytes: 4 for IPv4, 16 for IPv6
   */
  public byte[] toBytes() {
    if (isV4()) {
      byte[] b = new byte[4];
      writeLong(b, 0, 4, lo);
      return b;
    }
    byte[] b = new byte[16];
    writeLong(b, 0, 8, hi);
    writeLong(b, 8, 8, lo);
    return b;
  }

  /**
   * {@return the address with all but the first {@code prefixLength} bits (0..32 or 0..128)
   * cleared}
   *
   * @param prefixLength how many leading bits to keep: 0..32 for IPv4, 0..128 for IPv6
   */
  public IPAddress masked(int prefixLength) {
    IPFamily family = family();
    if (prefixLength < 0 || prefixLength > family.bits()) {
      throw new IllegalArgumentException(
          "prefix length " + prefixLength + " is out of range 0.." + family.bits() + " for " + this);
    }
    return mask128(family == IPFamily.V4 ? prefixLength + 96 : prefixLength);
  }

  /** {@return whether this is the unspecified address {@code 0.0.0.0} or {@code ::}} */
  public boolean isZero() {
    return isV4() ? (lo & 0xffff_ffffL) == 0 : hi == 0 && lo == 0;
  }

  /**
   * Whether this is an IPv6 link-local unicast address ({@code fe80::/10}), which is reachable
   * only through a named interface.
   *
   * @return true for an address in {@code fe80::/10}
   */
  public boolean isIPv6LinkLocal() {
    return !isV4() && (hi >>> 54) == 0x3fa;
  }

  /** The Go canonical text: dotted decimal for IPv4, RFC 5952 for IPv6. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = isV4() ? formatV4((int) lo) : formatV6(hi, lo);
      text = t;
    }
    return t;
  }

  /** Equal when the addresses are the same; an IPv4-mapped address equals its IPv4 address. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IPAddress other && hi == other.hi && lo == other.lo;
  }

  /** A hash consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return 31 * Long.hashCode(hi) + Long.hashCode(lo);
  }

  /** Orders IPv4 before IPv6, then by the address bytes as unsigned numbers. */
  @Override
  public int compareTo(IPAddress o) {
    boolean v4 = isV4();
    if (v4 != o.isV4()) {
      return v4 ? -1 : 1;
    }
    int c = Long.compareUnsigned(hi, o.hi);
    return c != 0 ? c : Long.compareUnsigned(lo, o.lo);
  }

  // ---- package-private bit-level helpers (prefix lengths here count all 128 bits) ----

  /** This address with all but the first {@code len128} of the 128 bits cleared. */
  IPAddress mask128(int len128) {
    long h = hi & hiMask(len128);
    long l = lo & loMask(len128);
    return h == hi && l == lo ? this : new IPAddress(h, l);
  }

  /** Whether the first {@code len128} of the 128 bits of both addresses are equal. */
  boolean samePrefix(IPAddress o, int len128) {
    return ((hi ^ o.hi) & hiMask(len128)) == 0 && ((lo ^ o.lo) & loMask(len128)) == 0;
  }

  private static long hiMask(int len128) {
    return len128 >= 64 ? -1L : len128 == 0 ? 0 : -1L << (64 - len128);
  }

  private static long loMask(int len128) {
    return len128 <= 64 ? 0 : len128 == 128 ? -1L : -1L << (128 - len128);
  }

  private boolean isV4() {
    return hi == 0 && (lo >>> 32) == 0xffffL;
  }

  // ---- parsing (Go net.ParseIP = netip.ParseAddr without a zone) ----

  /**
   * Parses {@code s} into {@code out[0]} (high 64 bits) and {@code out[1]} (low 64 bits, IPv4 in
   * IPv4-mapped form); returns null on success, else the reason for the failure.
   */
  static @Nullable String parseBits(String s, long[] out) {
    // Like Go: the first '.' or ':' decides between the IPv4 and the IPv6 grammar.
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '.' -> {
          return parseV4(s, 0, out);
        }
        case ':' -> {
          return parseV6(s, out);
        }
        case '%' -> {
          return "IPv6 zones are not allowed";
        }
        default -> {
          // keep looking for the separator
        }
      }
    }
    return s.isEmpty() ? "empty text" : "neither an IPv4 nor an IPv6 address";
  }

  /** Parses a strict dotted quad from {@code s[from..]}; see {@link #parseBits}. */
  private static @Nullable String parseV4(String s, int from, long[] out) {
    long acc = 0;
    int octets = 0;
    int value = 0;
    int digits = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits == 1 && value == 0) {
          return "leading zero in IPv4 octet";
        }
        value = value * 10 + (c - '0');
        digits++;
        if (value > 255) {
          return "IPv4 octet greater than 255";
        }
      } else if (c == '.') {
        if (digits == 0 || i == s.length() - 1) {
          return "empty IPv4 octet at offset " + i;
        }
        if (octets == 3) {
          return "more than four IPv4 octets";
        }
        acc = acc << 8 | value;
        octets++;
        value = 0;
        digits = 0;
      } else {
        return "unexpected character " + ValueFormatException.describe(c) + " at offset " + i;
      }
    }
    if (octets < 3) {
      return "fewer than four IPv4 octets";
    }
    out[0] = 0;
    out[1] = V4_MAPPED_PREFIX | acc << 8 | value;
    return null;
  }

  /** Parses IPv6 text ({@code ::}, embedded IPv4 tail, no zone); see {@link #parseBits}. */
  private static @Nullable String parseV6(String s, long[] out) {
    if (s.indexOf('%') >= 0) {
      return "IPv6 zones are not allowed";
    }
    int n = s.length();
    int[] groups = new int[8];
    int count = 0;
    int ellipsis = -1;
    int p = 0;
    if (n >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      p = 2;
    }
    while (p < n && count < 8) {
      int start = p;
      int acc = 0;
      while (p < n) {
        int d = hexValue(s.charAt(p));
        if (d < 0) {
          break;
        }
        acc = acc << 4 | d;
        if (acc > 0xffff) {
          return "IPv6 group greater than ffff at offset " + start;
        }
        p++;
      }
      if (p == start) {
        return "IPv6 group without hex digits at offset " + start;
      }
      if (p < n && s.charAt(p) == '.') {
        if (ellipsis < 0 && count != 6) {
          return "embedded IPv4 address must replace the last two groups";
        }
        if (count > 6) {
          return "no room for an embedded IPv4 address";
        }
        String reason = parseV4(s, start, out);
        if (reason != null) {
          return reason;
        }
        groups[count++] = (int) (out[1] >>> 16) & 0xffff;
        groups[count++] = (int) out[1] & 0xffff;
        p = n;
        break;
      }
      groups[count++] = acc;
      if (p == n) {
        break;
      }
      char c = s.charAt(p);
      if (c != ':') {
        return "unexpected character " + ValueFormatException.describe(c) + " at offset " + p;
      }
      if (++p == n) {
        return "address ends with a single ':'";
      }
      if (s.charAt(p) == ':') {
        if (ellipsis >= 0) {
          return "more than one '::'";
        }
        ellipsis = count;
        p++;
      }
    }
    if (p != n) {
      return "more than eight IPv6 groups";
    }
    if (count < 8) {
      if (ellipsis < 0) {
        return "fewer than eight IPv6 groups and no '::'";
      }
      int shift = 8 - count;
      System.arraycopy(groups, ellipsis, groups, ellipsis + shift, count - ellipsis);
      Arrays.fill(groups, ellipsis, ellipsis + shift, 0);
    } else if (ellipsis >= 0) {
      return "'::' must stand for at least one zero group";
    }
    out[0] = pack(groups, 0);
    out[1] = pack(groups, 4);
    return null;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static long pack(int[] groups, int from) {
    return (long) groups[from] << 48
        | (long) groups[from + 1] << 32
        | (long) groups[from + 2] << 16
        | groups[from + 3];
  }

  // ---- printing ----

  /** Dotted-decimal text of a 32-bit IPv4 address. */
  static String formatV4(int v4) {
    return (v4 >>> 24) + "." + (v4 >>> 16 & 0xff) + "." + (v4 >>> 8 & 0xff) + "." + (v4 & 0xff);
  }

  private static String formatV6(long hi, long lo) {
    int bestStart = -1;
    int bestLength = 1; // a single zero group is never compressed
    for (int i = 0; i < 8; ) {
      if (group(hi, lo, i) != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && group(hi, lo, j) == 0) {
        j++;
      }
      if (j - i > bestLength) { // strictly longer: the first run wins ties
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder b = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        b.append("::");
        i += bestLength - 1;
      } else {
        if (i > 0 && i != bestStart + bestLength) {
          b.append(':');
        }
        b.append(Integer.toHexString(group(hi, lo, i)));
      }
    }
    return b.toString();
  }

  private static int group(long hi, long lo, int i) {
    long half = i < 4 ? hi : lo;
    return (int) (half >>> (48 - 16 * (i & 3))) & 0xffff;
  }

  private static long readLong(byte[] b, int from, int count) {
    long v = 0;
    for (int i = from; i < from + count; i++) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  private static void writeLong(byte[] b, int from, int count, long v) {
    for (int i = from + count - 1; i >= from; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
  }
}
