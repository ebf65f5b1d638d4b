package io.github.calicobgp.api.validation;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@link MacAddress} like Go's {@code net.ParseMAC}: 6, 8 or 20 octets written as {@code
 * xx:xx:...}, {@code xx-xx-...} or {@code xxxx.xxxx.xxxx...}.
 */
final class MacAddressValidator extends TextRule<MacAddress> {

  @Override
  @Nullable String problem(String value) {
    return parses(value) ? null : Messages.quote(value) + " is not a valid MAC address";
  }

  static boolean parses(String s) {
    if (s.length() < 14) {
      return false;
    }
    char separator =
        s.charAt(2) == ':' || s.charAt(2) == '-' ? s.charAt(2) : s.charAt(4) == '.' ? '.' : 0;
    if (separator == 0) {
      return false;
    }
    int group = separator == '.' ? 4 : 2;
    if ((s.length() + 1) % (group + 1) != 0) {
      return false;
    }
    int octets = (s.length() + 1) / (group + 1) * (group / 2);
    if (octets != 6 && octets != 8 && octets != 20) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      boolean separatorSlot = i % (group + 1) == group;
      if (separatorSlot ? s.charAt(i) != separator : Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
