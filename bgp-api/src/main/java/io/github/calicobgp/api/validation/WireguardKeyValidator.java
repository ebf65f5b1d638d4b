package io.github.calicobgp.api.validation;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Checks {@link WireguardKey} like Go's {@code wgtypes.ParseKey}. */
final class WireguardKeyValidator extends TextRule<WireguardKey> {

  private static final int KEY_BYTES = 32;

  @Override
  @Nullable String problem(String value) {
    return decodedLength(value) == KEY_BYTES
        ? null
        : Messages.quote(value) + " is not a WireGuard public key (standard base64 of 32 bytes)";
  }

  /** The decoded length, or -1: Go's StdEncoding skips CR and LF and requires padding. */
  private static int decodedLength(String value) {
    String text = value.replace("\r", "").replace("\n", "");
    if (text.length() % 4 != 0) {
      return -1;
    }
    try {
      return Base64.getDecoder().decode(text).length;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
