package io.github.calicobgp.api.validation;

import static io.github.calicobgp.api.validation.CelRuleSet.set;

import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.ValueFormatException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The CEL rules of the IPPool CRD's spec (the {@code x-kubernetes-validations} of
 * api/config/crd/projectcalico.org_ippools.yaml, numbered 1-14 here), evaluated after CRD
 * defaulting ({@code nodeSelector} is then {@code all()} when it was absent). The update-only rules
 * (15: CIDR and block size may not change) need the previous object and are not checked. The rules
 * over {@code cidr(self.cidr)} are skipped when the CIDR does not parse: CEL fails to evaluate
 * them, and the schema's {@code format: cidr} already reports the CIDR.
 */
final class IPPoolCel implements ConstraintValidator<CelRules, IPPoolSpec> {

  private static final CIDR IPV4_LINK_LOCAL = CIDR.parse("169.254.0.0/16");
  private static final CIDR IPV6_LINK_LOCAL = CIDR.parse("fe80::/10");
  private static final String GLOBAL = "global(";

  @Override
  public boolean isValid(@Nullable IPPoolSpec spec, ConstraintValidatorContext context) {
    if (spec == null) {
      return true;
    }
    boolean ipip = enabled(spec.ipipMode());
    boolean vxlan = enabled(spec.vxlanMode());
    boolean loadBalancer = spec.allowedUses().contains("LoadBalancer");
    boolean tunnel = spec.allowedUses().contains("Tunnel");
    String nodeSelector = spec.nodeSelector();
    CIDR cidr = parse(spec.cidr());
    CelRuleSet rules =
        new CelRuleSet(context)
            .require(!ipip || !vxlan, "ipipMode and vxlanMode cannot both be enabled")
            .require(
                !loadBalancer || (!ipip && !vxlan),
                "LoadBalancer IP pool cannot have IPIP or VXLAN enabled")
            .require(
                !loadBalancer || !(spec.allowedUses().contains("Workload") || tunnel),
                "LoadBalancer cannot be combined with Workload or Tunnel allowed uses")
            .require(
                cidr == null || cidr.address().family() != IPFamily.V6 || !ipip,
                "IPIP is not supported on IPv6 pools")
            .require(
                !loadBalancer || !spec.bgpExportDisabled(),
                "LoadBalancer IP pools cannot disable BGP export")
            // A textual comparison: "all( )" fails although it means all().
            .require(
                !loadBalancer || nodeSelector == null || nodeSelector.equals("all()"),
                "IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()")
            .require(
                !tunnel || !set(spec.namespaceSelector()),
                "IP Pool with AllowedUse Tunnel cannot have namespaceSelector")
            // A substring test: it also fires inside a quoted label value.
            .require(
                nodeSelector == null || !nodeSelector.contains(GLOBAL),
                "global() selector is not valid for IPPool nodeSelector")
            .require(
                spec.namespaceSelector() == null || !spec.namespaceSelector().contains(GLOBAL),
                "global() selector is not valid for IPPool namespaceSelector");
    if (cidr != null) {
      checkCidr(spec, cidr, rules);
    }
    return rules.valid();
  }

  private static void checkCidr(IPPoolSpec spec, CIDR cidr, CelRuleSet rules) {
    boolean v4 = cidr.address().family() == IPFamily.V4;
    int blockSize = spec.blockSize() == null ? 0 : spec.blockSize();
    int effectiveBlockSize = blockSize != 0 ? blockSize : v4 ? 26 : 122;
    rules
        .require(cidr.isStrictlyMasked(), "IPPool CIDR must be strictly masked")
        // Two-way: inside the link-local range, or containing its first address.
        .require(
            !IPV4_LINK_LOCAL.contains(cidr.address()) && !cidr.contains(IPV4_LINK_LOCAL.address()),
            "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16")
        .require(
            !IPV6_LINK_LOCAL.contains(cidr.address()) && !cidr.contains(IPV6_LINK_LOCAL.address()),
            "IPPool CIDR overlaps with IPv6 link local range fe80::/10")
        .require(
            blockSize == 0
                || (v4 ? blockSize >= 20 && blockSize <= 32 : blockSize >= 116 && blockSize <= 128),
            "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6"
                + " pools")
        .require(
            Boolean.TRUE.equals(spec.disabled()) || cidr.prefixLength() <= effectiveBlockSize,
            "IP pool size is too small for use with Calico IPAM. It must be equal to or greater"
                + " than the block size.");
  }

  private static boolean enabled(@Nullable String mode) {
    return set(mode) && !mode.equals("Never");
  }

  private static @Nullable CIDR parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return CIDR.parse(text);
    } catch (ValueFormatException e) {
      return null;
    }
  }
}
