package io.github.calicobgp.api.manifest;

import java.util.Objects;

/**
 * How manifests are read: the limits, and how Kubernetes Nodes become Calico Nodes.
 *
 * @param limits the size and problem limits
 * @param usePodCIDR Calico's {@code usePodCIDR} datastore setting ({@code USE_POD_CIDR=true} in
 *     calico-node's environment, set for host-local IPAM, i.e. when {@code CALICO_IPAM} is not
 *     Calico's): a Kubernetes Node's IPIP tunnel address (and, with a WireGuard key, its
 *     WireGuard address) is then its {@code spec.podCIDR}'s first address instead of the
 *     annotations' (libcalico-go {@code lib/backend/k8s/resources/node.go}, {@code
 *     K8sNodeToCalico}); off by default, as in Calico
 */
public record ReadOptions(ReadLimits limits, boolean usePodCIDR) {

  /** The default limits, {@code usePodCIDR} off. */
  public static final ReadOptions DEFAULT = new ReadOptions(ReadLimits.DEFAULT, false);

  /**
   * Checks that the limits are present.
   *
   * @param limits the size and problem limits
   * @param usePodCIDR Calico's {@code usePodCIDR} datastore setting ({@code USE_POD_CIDR=true} in calico-node's environment, set for host-local IPAM, i.e. when {@code CALICO_IPAM} is not Calico's): a Kubernetes Node's IPIP tunnel address (and, with a WireGuard key, its WireGuard address) is then its {@code spec.podCIDR}'s first address instead of the annotations' (libcalico-go {@code lib/backend/k8s/resources/node.go}, {@code K8sNodeToCalico}); off by default, as in Calico
   */
  public ReadOptions {
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * These options with {@code usePodCIDR} set.
   *
   * @param value whether Calico's {@code usePodCIDR} is on
   * @return the new options
   */
  public ReadOptions withUsePodCIDR(boolean value) {
    return new ReadOptions(limits, value);
  }

  /**
   * These options with other limits.
   *
   * @param value the limits
   * @return the new options
   */
  public ReadOptions withLimits(ReadLimits value) {
    return new ReadOptions(value, usePodCIDR);
  }
}
