package io.github.calicobgp.api.value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A BGP community as written: standard {@code A:B} (16-bit parts) or large {@code A:B:C} (32-bit
 * parts). The text is kept verbatim (leading zeros included) because confd prints the parts as
 * written; equality compares that text.
 *
 * <p>Calico has two grammars, not unified here: {@link #parse} is the BGPConfiguration Go rule
 * (leading zeros allowed, ranges checked), {@link #isStrictFilterValue} the BGPFilter CRD pattern.
 */
public final class BGPCommunity {

  private static final Pattern STANDARD = Pattern.compile("(\\d+):(\\d+)");
  private static final Pattern LARGE = Pattern.compile("(\\d+):(\\d+):(\\d+)");
  private static final long MAX_16 = 0xffffL;
  private static final long MAX_32 = 0xffff_ffffL;

  private final String text;
  private final List<String> parts;

  private BGPCommunity(String text, List<String> parts) {
    this.text = text;
    this.parts = parts;
  }

  /**
   * Parses with the BGPConfiguration rule: {@code ^(\d+):(\d+)$} with parts up to 65535, or
   * {@code ^(\d+):(\d+):(\d+)$} with parts up to 4294967295; leading zeros are allowed. The
   * exception's {@link ValueFormatException#reason()} is Calico's message.
   *
   * @param text the community as written, {@code A:B} or {@code A:B:C}
   * @return the parsed community, its parts kept as written
   */
  public static BGPCommunity parse(String text) {
    Matcher m = STANDARD.matcher(text);
    boolean large = false;
    if (!m.matches()) {
      m = LARGE.matcher(text);
      large = m.matches();
      if (!large) {
        throw ValueFormatException.of(
            "BGP community", text, "invalid community value or format used.");
      }
    }
    long max = large ? MAX_32 : MAX_16;
    List<String> parts = new ArrayList<>(m.groupCount());
    for (int g = 1; g <= m.groupCount(); g++) {
      String part = m.group(g);
      if (Decimal.parseUnsigned(part, max) < 0) {
        throw ValueFormatException.of(
            "BGP community",
            text,
            "invalid community value, expected " + (large ? 32 : 16) + " bit value");
      }
      parts.add(part);
    }
    return new BGPCommunity(text, List.copyOf(parts));
  }

  /**
   * {@return whether {@code text} has the shape {@code \d+:\d+} or {@code \d+:\d+:\d+}, whatever
   * the values; confd uses this to tell a literal community from a community name}
   *
   * @param text a community value or the name of a community from {@code prefixAdvertisements}
   */
  public static boolean looksLikeCommunity(String text) {
    return STANDARD.matcher(text).matches() || LARGE.matcher(text).matches();
  }

  /**
   * {@return whether {@code text} matches the BGPFilter CRD pattern: {@code A:B} with parts
   * 0..65535 or {@code A:B:C} with parts 0..4294967295, no leading zeros (except {@code 0} itself)}
   * The CRD's {@code maxLength: 32} never binds: the longest matching text has 32 characters.
   *
   * @param text the community value of a BGPFilter rule
   */
  public static boolean isStrictFilterValue(String text) {
    String[] split = text.split(":", -1);
    if (split.length != 2 && split.length != 3) {
      return false;
    }
    long max = split.length == 3 ? MAX_32 : MAX_16;
    for (String part : split) {
      boolean leadingZero = part.length() > 1 && part.charAt(0) == '0';
      if (leadingZero || Decimal.parseUnsigned(part, max) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether this is a large ({@code A:B:C}) community} */
  public boolean isLarge() {
    return parts.size() == 3;
  }

  /** {@return the two or three parts, exactly as written} */
  public List<String> parts() {
    return parts;
  }

  /** The community exactly as written. */
  @Override
  public String toString() {
    return text;
  }

  /** Equal when the written texts are equal ({@code 0100:200} differs from {@code 100:200}). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BGPCommunity other && text.equals(other.text);
  }

  /** A hash consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
