package io.github.calicobgp.peering;

/**
 * Which IP pools' routes BIRD programs into the kernel, from {@code programClusterRoutes}
 * ({@code clusterRoutePolicyFromBGPConfig} and {@code programsPool},
 * confd/pkg/backends/calico/bgp_processor.go). VXLAN pools are always left to Felix.
 *
 * @param programsIpipPools whether BIRD programs routes of IPIP pools
 * @param programsNoEncapPools whether BIRD programs routes of pools without encapsulation
 */
public record ClusterRoutePolicy(boolean programsIpipPools, boolean programsNoEncapPools) {

  /** The default, {@code EnabledNoEncapOnly}: un-encapsulated pools only. */
  public static final ClusterRoutePolicy DEFAULT = new ClusterRoutePolicy(false, true);
}
