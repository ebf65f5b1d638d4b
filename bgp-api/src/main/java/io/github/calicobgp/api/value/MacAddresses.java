package io.github.calicobgp.api.value;

/** MAC address text as Go's {@code net.ParseMAC} accepts it. */
public final class MacAddresses {

  private MacAddresses() {}

  /**
   * Whether {@code s} parses as Go's {@code net.ParseMAC} parses it: 6, 8 or 20 octets written
   * as {@code xx:xx:...}, {@code xx-xx-...} or {@code xxxx.xxxx.xxxx...}.
   *
   * @param s the text
   * @return whether it is a MAC address
   */
  public static boolean isValid(String s) {
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
