package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything confd derives for one node: the values of both IP families and every peer. This is
 * the input of a renderer, and what analysis tools inspect.
 *
 * @param nodeName the node
 * @param asNumber the node's AS number (its own, or the cluster default)
 * @param routerId the BGP router id, or null when the node has no IPv4 address and none was given
 * @param logLevel BIRD's debug level
 * @param ignoredInterfaces interface patterns the direct protocol ignores, in order
 * @param routeReflectorClusterId the node's route-reflector cluster id, when it is a reflector
 * @param clusterRoutes which pools' routes BIRD programs into the kernel
 * @param serviceLoadBalancerIPs LoadBalancer ranges of the default BGPConfiguration, as written
 *     (empty entries left out)
 * @param serviceExternalIPs external IP ranges of the default BGPConfiguration, as written
 *     (empty entries left out)
 * @param bgpFilters every BGPFilter in the cluster, sorted by name
 * @param ipv4 the IPv4 values and peers
 * @param ipv6 the IPv6 values and peers
 */
public record NodePlan(
    String nodeName,
    ASNumber asNumber,
    @Nullable String routerId,
    LogLevel logLevel,
    List<String> ignoredInterfaces,
    @Nullable String routeReflectorClusterId,
    ClusterRoutePolicy clusterRoutes,
    List<String> serviceLoadBalancerIPs,
    List<String> serviceExternalIPs,
    List<BGPFilter> bgpFilters,
    FamilyPlan ipv4,
    FamilyPlan ipv6) {

  /**
   * Checks the families and copies the lists.
   *
   * @param nodeName the node
   * @param asNumber the node's AS number (its own, or the cluster default)
   * @param routerId the BGP router id, or null when the node has no IPv4 address and none was given
   * @param logLevel BIRD's debug level
   * @param ignoredInterfaces interface patterns the direct protocol ignores, in order
   * @param routeReflectorClusterId the node's route-reflector cluster id, when it is a reflector
   * @param clusterRoutes which pools' routes BIRD programs into the kernel
   * @param serviceLoadBalancerIPs LoadBalancer ranges of the default BGPConfiguration, as written
   *     (empty entries left out)
   * @param serviceExternalIPs external IP ranges of the default BGPConfiguration, as written (empty
   *     entries left out)
   * @param bgpFilters every BGPFilter in the cluster, sorted by name
   * @param ipv4 the IPv4 values and peers
   * @param ipv6 the IPv6 values and peers
   */
  public NodePlan {
    Objects.requireNonNull(nodeName, "nodeName");
    if (ipv4.family() != IPFamily.V4 || ipv6.family() != IPFamily.V6) {
      throw new IllegalArgumentException("ipv4 and ipv6 plans must be of their own family");
    }
    ignoredInterfaces = List.copyOf(ignoredInterfaces);
    serviceLoadBalancerIPs = List.copyOf(serviceLoadBalancerIPs);
    serviceExternalIPs = List.copyOf(serviceExternalIPs);
    bgpFilters = List.copyOf(bgpFilters);
  }

  /**
   * {@return the plan of one family}
   *
   * @param family the IP family
   */
  public FamilyPlan family(IPFamily family) {
    return family == IPFamily.V4 ? ipv4 : ipv6;
  }

  /** {@return whether the node is a route reflector} */
  public boolean isRouteReflector() {
    return routeReflectorClusterId != null;
  }

  /** {@return every peer, IPv4 first, each family sorted by name} */
  public List<Peer> peers() {
    List<Peer> all = new ArrayList<>(ipv4.peers().size() + ipv6.peers().size());
    all.addAll(ipv4.peers());
    all.addAll(ipv6.peers());
    return all;
  }
}
