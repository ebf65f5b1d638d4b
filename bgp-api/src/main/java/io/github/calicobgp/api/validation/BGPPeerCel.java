package io.github.calicobgp.api.validation;

import static io.github.calicobgp.api.validation.CelRuleSet.set;

import io.github.calicobgp.api.resource.BGPPeerSpec;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** The CEL rules of the BGPPeer CRD's spec; an {@code asNumber} of 0 counts as unset. */
final class BGPPeerCel implements ConstraintValidator<CelRules, BGPPeerSpec> {

  @Override
  public boolean isValid(@Nullable BGPPeerSpec spec, ConstraintValidatorContext context) {
    if (spec == null) {
      return true;
    }
    boolean asNumber = spec.asNumberOrZero() != 0;
    boolean workloads = set(spec.localWorkloadSelector());
    return new CelRuleSet(context)
        .require(
            !set(spec.node()) || !set(spec.nodeSelector()),
            "node and nodeSelector cannot both be set")
        .require(
            !set(spec.peerIP()) || !set(spec.peerSelector()),
            "peerIP and peerSelector cannot both be set")
        .require(
            !set(spec.peerSelector()) || !asNumber,
            "asNumber must be empty when peerSelector is set")
        .require(
            !workloads || !set(spec.peerIP()),
            "peerIP must be empty when localWorkloadSelector is set")
        .require(
            !workloads || !set(spec.peerSelector()),
            "peerSelector must be empty when localWorkloadSelector is set")
        .require(!workloads || asNumber, "asNumber is required when localWorkloadSelector is set")
        .require(
            !set(spec.reachableBy()) || set(spec.peerIP()),
            "reachableBy must be empty when peerIP is empty")
        // nextHopMode is a pointer in Go: any value, even "" or "Auto", counts as set.
        .require(
            !spec.keepsOriginalNextHop() || spec.nextHopMode() == null,
            "keepOriginalNextHop and nextHopMode cannot both be set; keepOriginalNextHop is"
                + " deprecated, use nextHopMode instead")
        .valid();
  }
}
