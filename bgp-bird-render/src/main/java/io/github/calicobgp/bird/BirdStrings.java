package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.ValueFormatException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The gate every input string passes before it reaches BIRD text. Calico's templates insert these
 * values verbatim (the templates in node/filesystem/etc/calico/confd/templates/); we check
 * them and throw {@link UnsafeConfigValueException}
 * instead. A value that passes is printed exactly as Calico prints it, so valid input still gives
 * byte-identical files.
 *
 * <p>The checks, and why:
 *
 * <ul>
 *   <li><b>Passwords</b> ({@code password "..."}): BIRD 1.6 lexes a string as {@code
 *       ["][^"\n]*["]} (conf/cf-lex.l) and has no escape sequences, so every character is taken
 *       literally (backslash, {@code #}, {@code ;}, braces, tab, CR and non-ASCII included) except
 *       three that cannot be represented: the double quote (ends the string, letting the rest of
 *       the secret inject configuration), the line feed (an "Unterminated string" error) and NUL
 *       (BIRD copies the string with {@code strlen}, silently truncating the password). Unpaired
 *       UTF-16 surrogates are rejected too, since they have no UTF-8 encoding. The value is never
 *       shown in errors.
 *   <li><b>Interface patterns</b> (BGPConfiguration {@code ignoredInterfaces}, BGPFilter {@code
 *       interface}), printed inside {@code "..."}: one or more of {@code [A-Za-z0-9_.*-]}, the
 *       alphabet of Calico's validator ({@code *} is BIRD's wildcard).
 *   <li><b>Router id</b>: an IPv4 dotted quad, the only form that BIRD 1.6 accepts in both {@code
 *       bird.cfg} and {@code bird6.cfg}. A node without IPv4 and without an explicit router id
 *       would print {@code router id ;}, which BIRD rejects; we fail and say to set one.
 *   <li><b>Route-reflector cluster ids</b> ({@code rr cluster id X;}): an IPv4 dotted quad, as
 *       Calico's validator requires.
 *   <li><b>CIDRs printed as written</b> (BGPFilter {@code cidr}, {@code prefixAdvertisements},
 *       service routes and reject ranges, LoadBalancer and external IP ranges): Go's {@code
 *       net.ParseCIDR} must accept the text, in the file's family as BIRD tells it (IPv6 text iff
 *       it contains {@code :}), and the address must be the network address (BIRD 1.6 rejects
 *       host bits with "Invalid prefix").
 *   <li><b>ReachableBy gateways</b> ({@code route X via GW;}): an IP address of the file's family.
 *   <li><b>Community values</b> ({@code (A, B)}, {@code (A, B, C)}): every part decimal digits,
 *       within 0..65535 for a standard and 0..4294967295 for a large community (BIRD rejects
 *       larger values).
 *   <li><b>BGPFilter names</b>, placed in the quoted symbol {@code 'bgp_NAME_importFilterV4'}
 *       and in a comment: a non-empty DNS-1123 name, {@code [a-z0-9.-]} (BIRD's quoted symbols
 *       allow {@code [A-Za-z0-9_.:-]}).
 *   <li><b>Protocol names</b> ({@code protocol bgp NAME}): a BIRD symbol, a letter or {@code _}
 *       then letters, digits and {@code _}, at most 64 characters.
 * </ul>
 *
 * <p>Typed values (IP addresses, CIDRs of pools and blocks, AS numbers, numbers) are printed from
 * their canonical form and need no check.
 */
public final class BirdStrings {

  /** BIRD 1.6's longest symbol ({@code SYM_MAX_LEN}). */
  static final int MAX_SYMBOL_LENGTH = 64;

  private static final long MAX_16 = 0xffffL;
  private static final long MAX_32 = 0xffff_ffffL;

  private BirdStrings() {}

  /**
   * {@return the password as BIRD string content (BIRD has no escapes: verbatim), or fails}
   *
   * @param value the password's text
   * @param subject what holds the value, for the message, e.g. {@code BGPPeer/tor}
   * @param field the field that holds it, for the message
   */
  public static String password(String value, String subject, String field) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String problem = null;
      if (c == '"') {
        problem = "a double quote";
      } else if (c == '\n') {
        problem = "a line feed";
      } else if (c == 0) {
        problem = "a NUL character";
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problem = "an unpaired UTF-16 surrogate";
      }
      if (problem != null) {
        throw new UnsafeConfigValueException(
            subject,
            field,
            "contains "
                + problem
                + " at offset "
                + i
                + ", which a BIRD 1.6 string cannot hold (BIRD has no escape sequences)",
            "<redacted>");
      }
    }
    return value;
  }

  /**
   * {@return an interface pattern for {@code "..."}: one or more of {@code [A-Za-z0-9_.*-]}}
   *
   * @param value the pattern, as written
   * @param subject what holds the value, for the message, e.g. {@code BGPConfiguration/default}
   * @param field the field that holds it, for the message
   */
  public static String interfacePattern(String value, String subject, String field) {
    boolean ok = !value.isEmpty();
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = isAsciiAlnum(c) || c == '_' || c == '.' || c == '*' || c == '-';
    }
    if (!ok) {
      throw unsafe(
          subject,
          field,
          "an interface pattern must be one or more of the characters A-Z a-z 0-9 _ . * -",
          value);
    }
    return value;
  }

  /**
   * {@return the router id: an IPv4 dotted quad; a missing one fails with advice to set one}
   *
   * @param value the router id; null when there is none
   * @param nodeName the node, for the message
   */
  public static String routerId(@Nullable String value, String nodeName) {
    String subject = "node " + nodeName;
    if (value == null || value.isEmpty()) {
      throw new UnsafeConfigValueException(
          subject,
          "routerId",
          "the node has no IPv4 address, so BIRD has no router id (Calico would write the invalid"
              + " 'router id ;'); set a router id: an IPv4 address, or 'hash' to derive one from"
              + " the node name",
          null);
    }
    ipv4(value, subject, "routerId");
    if (value.equals("0.0.0.0")) {
      throw unsafe(subject, "routerId", "bird6 refuses the router id 0.0.0.0 ('Router ID must be"
          + " configured manually on IPv6 routers'); set another router id", value);
    }
    return value;
  }

  /**
   * {@return an IPv4 dotted quad, e.g. a route-reflector cluster id}
   *
   * @param value the address, as written
   * @param subject what holds the value, for the message, e.g. {@code node rr-1}
   * @param field the field that holds it, for the message
   */
  public static String ipv4(String value, String subject, String field) {
    if (value.indexOf(':') >= 0 || IPAddress.tryParse(value).isEmpty()) {
      throw unsafe(subject, field, "must be an IPv4 address in dotted-quad form", value);
    }
    return value;
  }

  /**
   * {@return a CIDR printed as written: it must parse (Go rules) as a network of {@code family}, in
   * that family's syntax, with no host bits set}
   *
   * @param text the network, as written
   * @param family the family it must belong to
   * @param subject what holds the value, for the message, e.g. {@code IPPool/default}
   * @param field the field that holds it, for the message
   */
  public static String cidr(String text, IPFamily family, String subject, String field) {
    String reason = cidrProblem(text, family);
    if (reason != null) {
      throw unsafe(subject, field, reason, text);
    }
    return text;
  }

  /**
   * {@return a gateway printed as written: an IP address of {@code family}, in that family's
   * syntax}
   *
   * @param text the address, as written
   * @param family the family it must belong to
   * @param subject what holds the value, for the message, e.g. {@code BGPPeer/tor}
   * @param field the field that holds it, for the message
   */
  public static String gateway(String text, IPFamily family, String subject, String field) {
    Optional<IPAddress> ip = IPAddress.tryParse(text);
    if (ip.isEmpty() || ip.get().family() != family || hasIPv6Syntax(text) != isV6(family)) {
      throw unsafe(subject, field, "must be an " + familyName(family) + " address", text);
    }
    return text;
  }

  /**
   * {@return the parts of a community {@code A:B} or {@code A:B:C}, checked to be decimal and in
   * range; null when the value does not have two or three parts (confd's callers drop or reject
   * those)}
   *
   * @param value the community, as written
   * @param subject what holds the value, for the message, e.g. {@code BGPFilter/f}
   * @param field the field that holds it, for the message
   */
  public static String @Nullable [] community(String value, String subject, String field) {
    String[] parts = value.split(":", -1);
    if (parts.length != 2 && parts.length != 3) {
      return null;
    }
    long max = parts.length == 2 ? MAX_16 : MAX_32;
    for (String part : parts) {
      if (!isDecimalAtMost(part, max)) {
        throw unsafe(
            subject,
            field,
            "a community's parts must be decimal numbers up to " + max,
            value);
      }
    }
    return parts;
  }

  /**
   * {@return a BGPFilter name: non-empty, of {@code [a-z0-9.-]} (a Kubernetes DNS-1123 name)}
   *
   * @param name the BGPFilter's name; null fails
   */
  public static String filterName(@Nullable String name) {
    boolean ok = name != null && !name.isEmpty();
    for (int i = 0; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
    if (!ok) {
      throw new UnsafeConfigValueException(
          "BGPFilter/" + (name == null ? "<unnamed>" : DisplayText.quote(name)),
          "metadata.name",
          "a BGPFilter name must be a non-empty DNS-1123 name (a-z, 0-9, '.', '-')",
          name == null ? null : DisplayText.quote(name));
    }
    return name;
  }

  /**
   * {@return a {@code protocol bgp} name: a BIRD symbol of at most 64 characters}
   *
   * @param name the protocol name confd made
   */
  public static String protocolName(String name) {
    boolean ok = !name.isEmpty() && name.length() <= MAX_SYMBOL_LENGTH;
    for (int i = 0; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = c == '_' || (i == 0 ? isAsciiLetter(c) : isAsciiAlnum(c));
    }
    if (!ok) {
      throw unsafe(
          "peer " + DisplayText.quote(name),
          "name",
          "a protocol name must be a BIRD symbol: a letter or '_', then letters, digits or '_',"
              + " at most 64 characters",
          name);
    }
    return name;
  }

  /** Why {@code text} is not a network of {@code family} that BIRD accepts, or null if it is. */
  private static @Nullable String cidrProblem(String text, IPFamily family) {
    String expected = "must be an " + familyName(family) + " CIDR";
    if (hasIPv6Syntax(text) != isV6(family)) {
      return expected;
    }
    CIDR cidr;
    try {
      cidr = CIDR.parse(text);
    } catch (ValueFormatException e) {
      return expected + ": " + e.reason();
    }
    if (cidr.family() != family) {
      return expected;
    }
    if (!cidr.isStrictlyMasked()) {
      return "has host bits set (the network is " + cidr.masked() + "); BIRD rejects such a prefix";
    }
    return null;
  }

  private static UnsafeConfigValueException unsafe(
      String subject, String field, String reason, String value) {
    return new UnsafeConfigValueException(subject, field, reason, DisplayText.quote(value));
  }

  private static boolean isDecimalAtMost(String s, long max) {
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      v = v * 10 + (c - '0');
      if (v > max) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean hasIPv6Syntax(String text) {
    return text.indexOf(':') >= 0;
  }

  private static boolean isV6(IPFamily family) {
    return family == IPFamily.V6;
  }

  private static String familyName(IPFamily family) {
    return family == IPFamily.V4 ? "IPv4" : "IPv6";
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
