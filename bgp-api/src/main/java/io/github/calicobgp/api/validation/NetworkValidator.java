package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.ValueFormatException;
import org.jspecify.annotations.Nullable;

/** Checks {@link Network}: Calico's {@code ParseCIDROrIP}, then family and masking. */
final class NetworkValidator extends TextRule<Network> {

  private int version;
  private boolean strictlyMasked;

  @Override
  public void initialize(Network annotation) {
    version = annotation.version();
    strictlyMasked = annotation.strictlyMasked();
  }

  @Override
  @Nullable String problem(String value) {
    CIDR cidr;
    try {
      cidr = CIDR.parseNetOrIP(value);
    } catch (ValueFormatException e) {
      return e.getMessage();
    }
    // Calico compares the version of the address as written (Go's To4() rule).
    if (version != 0 && cidr.address().family().version() != version) {
      return Messages.quote(value)
          + " is not an IPv"
          + version
          + (strictlyMasked ? " network" : " address or CIDR");
    }
    if (strictlyMasked && !cidr.isStrictlyMasked()) {
      return Messages.quote(value) + " is not strictly masked: its network is " + cidr.masked();
    }
    return null;
  }
}
