package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.value.MacAddresses;
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
    return MacAddresses.isValid(s);
  }
}
