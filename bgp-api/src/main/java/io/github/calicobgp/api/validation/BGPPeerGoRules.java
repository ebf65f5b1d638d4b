package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.PeerIP;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Calico's {@code validateBGPPeerSpec}: when both {@code reachableBy} and {@code peerIP} are valid,
 * they are of the same IP family (the peerIP's port is stripped first). The other cross-field rules
 * of BGPPeer live in CEL ({@link BGPPeerCel}).
 */
final class BGPPeerGoRules implements ConstraintValidator<GoStructRules, BGPPeerSpec> {

  @Override
  public boolean isValid(@Nullable BGPPeerSpec spec, ConstraintValidatorContext context) {
    if (spec == null || isEmpty(spec.reachableBy()) || isEmpty(spec.peerIP())) {
      return true;
    }
    Optional<IPAddress> gateway = IPAddress.tryParse(spec.reachableBy());
    Optional<IPAddress> peer =
        PeerIP.splitLikeValidator(spec.peerIP())
            .flatMap(hostPort -> IPAddress.tryParse(hostPort.host()));
    if (gateway.isPresent() && peer.isPresent() && gateway.get().family() != peer.get().family()) {
      Report.on(context).at("ReachableBy and PeerIP address family mismatched", "reachableBy");
      return false;
    }
    return true;
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }
}
