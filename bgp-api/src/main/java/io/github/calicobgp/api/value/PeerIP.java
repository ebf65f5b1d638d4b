package io.github.calicobgp.api.value;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The BGPPeer {@code peerIP} text ({@code IP}, {@code IPv4:port} or {@code [IPv6]:port}) and the
 * two different ways Calico reads it, kept apart on purpose:
 *
 * <ul>
 *   <li>the <b>validator</b> ({@code processIPPort} in libcalico-go's v3 validator):
 *       {@link #validationError}, {@link #isValid}, {@link #splitLikeValidator};
 *   <li><b>confd</b> ({@code parseIPPort}): {@link #splitLikeConfd}, which never fails and reads
 *       ports with Go base prefixes ({@code 10.0.0.1:010} is port 8).
 * </ul>
 */
public final class PeerIP {

  /** confd's default BGP port, which gets no suffix in a record key. */
  private static final int BGP_PORT = 179;

  // Calico's IPv4 regex, ^(\d+).(\d+).(\d+).(\d+):(\d+)$, is matched by matchesIpv4Port:
  // as a java.util.regex pattern it backtracks in O(n^4) on a long run of digits (Go's RE2 does
  // not), so a hostile peerIP of a few thousand digits would hang the validator.
  private static final Pattern IPV6_PORT = Pattern.compile("\\[[0-9a-fA-F:.]+\\]:(\\d+)");

  private PeerIP() {}

  /**
   * A host string and a port (0 when none was given).
   *
   * @param host the host text exactly as written in the peerIP (not canonicalised)
   * @param port the port, 0..65535
   */
  public record HostPort(String host, int port) {
    /**
     * Checks the port range.
     *
     * @param host the host part as written (an IP address, or any text the split kept)
     * @param port the port, 0..65535; 0 when none was given
     */
    public HostPort {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 0xffff) {
        throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
      }
    }
  }

  /**
   * Why Calico's validator rejects {@code peerIP}, or empty if it accepts it: when the text matches
   * {@code ^(\d+).(\d+).(\d+).(\d+):(\d+)$} (wildcard dots) or {@code ^\[[0-9a-fA-F:.]+\]:(\d+)$}
   * it is split like Go's {@code net.SplitHostPort} and the port must be decimal 1..65535;
   * the remaining host (or else the whole text) must be an IP address. The empty string is
   * rejected (the field is {@code omitempty}, so Calico never checks it).
   *
   * @param peerIP the {@code peerIP} field of a BGPPeer, with or without a port
   * @return the validator's message, or empty if it accepts {@code peerIP}
   */
  public static Optional<String> validationError(String peerIP) {
    return Optional.ofNullable(validate(peerIP).error());
  }

  /**
   * {@return whether Calico's validator accepts {@code peerIP}; see {@link #validationError}}
   *
   * @param peerIP the {@code peerIP} field of a BGPPeer, with or without a port
   */
  public static boolean isValid(String peerIP) {
    return validate(peerIP).error() == null;
  }

  /**
   * The host as written and the port (0 if none) of a peerIP the validator accepts, as Calico's
   * {@code processIPPort} returns them (used e.g. for the reachableBy family check); else empty.
   *
   * @param peerIP the {@code peerIP} field of a BGPPeer, with or without a port
   * @return the host and port as {@code processIPPort} splits them, or empty if the validator
   *     rejects {@code peerIP}
   */
  public static Optional<HostPort> splitLikeValidator(String peerIP) {
    return Optional.ofNullable(validate(peerIP).hostPort());
  }

  /**
   * Splits like confd's {@code parseIPPort}: Go {@code net.SplitHostPort} (exactly one ':' or
   * {@code [host]:port}), then {@code strconv.ParseUint(port, 0, 16)} ({@code 0x}, {@code 0o},
   * {@code 0b}, leading-{@code 0} octal, {@code _} separators); on any failure the result is the
   * whole text with port 0. So {@code 2001::1:179} stays one host, and the host may be no IP.
   *
   * @param peerIP the {@code peerIP} field of a BGPPeer, with or without a port
   * @return the host and port as confd splits them
   */
  public static HostPort splitLikeConfd(String peerIP) {
    String[] split = splitHostPort(peerIP);
    int port = split == null ? -1 : parseGoPort(split[1]);
    return port < 0 ? new HostPort(peerIP, 0) : new HostPort(split[0], port);
  }

  /**
   * confd's {@code <ipkey>} of a peering record: the canonical IP, followed by {@code -<port>}
   * unless the port is 0 or 179.
   *
   * @param ip the peer's address
   * @param port the peer's port, 0 when none was given
   * @return the record key, e.g. {@code 10.0.0.1} or {@code 10.0.0.1-1790}
   */
  public static String recordKey(IPAddress ip, int port) {
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
    }
    return port == 0 || port == BGP_PORT ? ip.toString() : ip + "-" + port;
  }

  /**
   * Whether {@code text} matches Calico's {@code ^(\d+).(\d+).(\d+).(\d+):(\d+)$} ({@code
   * processIPPort}; Go's {@code .} is any character but a line feed), in linear time. The port's
   * {@code :} is the last one (digits follow it to the end); what precedes it is run through the
   * automaton of {@code (\d+).(\d+).(\d+).(\d+)}, one state per position in the pattern.
   */
  static boolean matchesIpv4Port(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0 || colon == text.length() - 1 || !asciiDigits(text, colon + 1, text.length())) {
      return false;
    }
    // Bit 2k: inside the k-th number (k = 0..3), at least one digit read; bit 2k+1: the wildcard
    // after the k-th number read, its first digit expected. Bit 7: nothing read yet.
    int states = 1 << 7;
    for (int i = 0; i < colon && states != 0; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean digit = c >= '0' && c <= '9';
      int next = 0;
      if (digit && (states & (1 << 7)) != 0) {
        next |= 1;
      }
      for (int k = 0; k < 4; k++) {
        if ((states & (1 << (2 * k))) != 0) {
          if (digit) {
            next |= 1 << (2 * k);
          }
          if (k < 3 && c != '\n') {
            next |= 1 << (2 * k + 1);
          }
        }
        if (k < 3 && digit && (states & (1 << (2 * k + 1))) != 0) {
          next |= 1 << (2 * k + 2);
        }
      }
      states = next;
    }
    return (states & (1 << 6)) != 0;
  }

  private static boolean asciiDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The validator's verdict: a split on success, else an error message. */
  private record Verdict(@Nullable HostPort hostPort, @Nullable String error) {}

  private static Verdict validate(String peerIP) {
    if (peerIP.isEmpty()) {
      return rejected(peerIP, "empty text");
    }
    String host = peerIP;
    int port = 0;
    if (matchesIpv4Port(peerIP) || IPV6_PORT.matcher(peerIP).matches()) {
      String[] split = splitHostPort(peerIP);
      if (split == null) {
        return rejected(peerIP, "expected <IP>, <IPv4>:<port> or [<IPv6>]:<port>");
      }
      long parsed = Decimal.parseUnsigned(split[1], 0xffff);
      if (parsed < 1) {
        return rejected(peerIP, "port must be a decimal number from 1 to 65535");
      }
      host = split[0];
      port = (int) parsed;
    }
    long[] bits = new long[2];
    String reason = IPAddress.parseBits(host, bits);
    if (reason != null) {
      return rejected(peerIP, "bad IP address " + DisplayText.quote(host) + ": " + reason);
    }
    return new Verdict(new HostPort(host, port), null);
  }

  private static Verdict rejected(String peerIP, String reason) {
    return new Verdict(null, "invalid peerIP " + DisplayText.quote(peerIP) + ": " + reason);
  }

  /** Go's {@code net.SplitHostPort}: {host, port}, or null where Go returns an error. */
  private static String @Nullable [] splitHostPort(String s) {
    int colon = s.lastIndexOf(':');
    if (colon < 0) {
      return null; // missing port
    }
    String host;
    int noOpenFrom = 0;
    int noCloseFrom = 0;
    if (s.charAt(0) == '[') {
      int close = s.indexOf(']');
      if (close < 0 || close + 1 != colon) {
        return null; // missing ']', missing port, or too many colons
      }
      host = s.substring(1, close);
      noOpenFrom = 1;
      noCloseFrom = close + 1;
    } else {
      host = s.substring(0, colon);
      if (host.indexOf(':') >= 0) {
        return null; // too many colons
      }
    }
    if (s.indexOf('[', noOpenFrom) >= 0 || s.indexOf(']', noCloseFrom) >= 0) {
      return null; // stray bracket
    }
    return new String[] {host, s.substring(colon + 1)};
  }

  /** Go's {@code strconv.ParseUint(s, 0, 16)}: the port, or -1 where Go returns an error. */
  private static int parseGoPort(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    int base = 10;
    int p = 0;
    if (s.charAt(0) == '0') {
      char prefix = s.length() >= 3 ? lower(s.charAt(1)) : '0';
      base = switch (prefix) {
        case 'b' -> 2;
        case 'x' -> 16;
        default -> 8; // "0o…", or a plain leading 0
      };
      p = "box".indexOf(prefix) >= 0 ? 2 : 1;
    }
    boolean underscores = false;
    int value = 0;
    for (; p < s.length(); p++) {
      char c = s.charAt(p);
      int digit;
      if (c == '_') {
        underscores = true;
        continue;
      } else if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (lower(c) >= 'a' && lower(c) <= 'z') {
        digit = lower(c) - 'a' + 10;
      } else {
        return -1;
      }
      if (digit >= base) {
        return -1;
      }
      value = value * base + digit;
      if (value > 0xffff) {
        return -1;
      }
    }
    return underscores && !underscoresWellPlaced(s) ? -1 : value;
  }

  /** Go's {@code underscoreOK}: each '_' sits between digits, or between a base prefix and a digit. */
  private static boolean underscoresWellPlaced(String s) {
    int i = 0;
    boolean hex = false;
    char last = '^'; // '^' start, '0' digit or prefix, '_' underscore, '!' anything else
    if (s.length() >= 2 && s.charAt(0) == '0' && "box".indexOf(lower(s.charAt(1))) >= 0) {
      hex = lower(s.charAt(1)) == 'x';
      last = '0';
      i = 2;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || hex && lower(c) >= 'a' && lower(c) <= 'f') {
        last = '0';
      } else if (c == '_') {
        if (last != '0') {
          return false;
        }
        last = '_';
      } else {
        if (last == '_') {
          return false;
        }
        last = '!';
      }
    }
    return last != '_';
  }

  private static char lower(char c) {
    return (char) (c | 0x20);
  }
}
