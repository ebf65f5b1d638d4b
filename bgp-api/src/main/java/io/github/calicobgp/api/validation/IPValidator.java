package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.value.IPAddress;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks {@link IP}. */
final class IPValidator extends TextRule<IP> {

  private int version;

  @Override
  public void initialize(IP annotation) {
    version = annotation.version();
  }

  @Override
  @Nullable String problem(String value) {
    Optional<IPAddress> ip = IPAddress.tryParse(value);
    String what = version == 0 ? "IP address" : "IPv" + version + " address";
    if (ip.isEmpty() || (version != 0 && ip.get().family().version() != version)) {
      return Messages.quote(value) + " is not a valid " + what;
    }
    return null;
  }
}
