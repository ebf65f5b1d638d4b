package io.github.calicobgp.api.resource;

import org.jspecify.annotations.Nullable;

/**
 * The {@code default:} values of the CRD schemas, applied where a field is absent from the JSON
 * that Calico's Go types write: a null field, or {@code ""} for an {@code omitempty} string.
 */
public final class CrdDefaults {

  private CrdDefaults() {}

  /**
   * {@return {@code resource} with the CRD schema's defaults filled in where its fields are
   * absent, or {@code resource} itself when no default applies to its kind}
   *
   * @param resource a resource as written
   */
  public static Resource apply(Resource resource) {
    if (resource instanceof BGPConfiguration config) {
      return new BGPConfiguration(config.metadata(), apply(config.spec()));
    }
    if (resource instanceof BGPPeer peer && peer.spec().password() != null) {
      return new BGPPeer(
          peer.metadata(), peer.spec().toBuilder().password(apply(peer.spec().password())).build());
    }
    if (resource instanceof IPPool pool) {
      return new IPPool(pool.metadata(), apply(pool.spec()), pool.status());
    }
    if (resource instanceof BlockAffinity affinity && affinity.spec().deleted() == null) {
      BlockAffinity.Spec s = affinity.spec();
      return new BlockAffinity(
          affinity.metadata(),
          new BlockAffinity.Spec(s.state(), s.node(), s.type(), s.cidr(), false));
    }
    return resource;
  }

  private static BGPConfigurationSpec apply(BGPConfigurationSpec spec) {
    return spec.toBuilder()
        .logSeverityScreen(isEmpty(spec.logSeverityScreen()) ? "Info" : spec.logSeverityScreen())
        .serviceLoadBalancerAggregation(
            spec.serviceLoadBalancerAggregation() == null
                ? "Enabled"
                : spec.serviceLoadBalancerAggregation())
        .nodeMeshPassword(spec.nodeMeshPassword() == null ? null : apply(spec.nodeMeshPassword()))
        .build();
  }

  private static BGPPassword apply(BGPPassword password) {
    SecretKeySelector ref = password.secretKeyRef();
    if (ref == null || ref.name() != null) {
      return password;
    }
    return new BGPPassword(new SecretKeySelector("", ref.key(), ref.optional()));
  }

  private static IPPoolSpec apply(IPPoolSpec s) {
    return new IPPoolSpec(
        s.cidr(),
        s.vxlanMode(),
        s.ipipMode(),
        s.natOutgoing(),
        s.disabled(),
        s.disableBGPExport(),
        s.blockSize(),
        isEmpty(s.nodeSelector()) ? "all()" : s.nodeSelector(),
        s.namespaceSelector(),
        s.allowedUses(),
        s.assignmentMode() == null ? "Automatic" : s.assignmentMode());
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }
}
