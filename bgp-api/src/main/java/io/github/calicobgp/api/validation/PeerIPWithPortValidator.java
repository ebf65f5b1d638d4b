package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.value.PeerIP;
import org.jspecify.annotations.Nullable;

/** Checks {@link PeerIPWithPort} with Calico's validator algorithm ({@link PeerIP}). */
final class PeerIPWithPortValidator extends TextRule<PeerIPWithPort> {

  @Override
  @Nullable String problem(String value) {
    return PeerIP.validationError(value).orElse(null);
  }
}
