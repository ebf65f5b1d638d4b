package io.github.calicobgp.peering;

/**
 * A value of a node's plan that a renderer may refuse: {@link Origins#of} says which resource and
 * field it came from, so that a refusal can be reported where the value was written. Values that
 * a plan holds as written text (routes, communities, gateways) are traced by that text.
 */
public enum PlanField {
  /** A peer's address (BIRD's {@code neighbor}). */
  PEER_ADDRESS,
  /** A peer's AS number. */
  PEER_AS_NUMBER,
  /** The AS number this node speaks to a peer. */
  LOCAL_AS_NUMBER,
  /** A peer's graceful-restart time. */
  GRACEFUL_RESTART_TIME,
  /** A peer's keepalive time. */
  KEEPALIVE_TIME,
  /** A peer's protocol name, derived from its address (two peers with one name collide). */
  PEER_NAME,
  /** The node's route-reflector cluster id, which its reflector clients are given. */
  ROUTE_REFLECTOR_CLUSTER_ID,
  /** The node's router id, derived from its IPv4 address unless given as an option. */
  ROUTER_ID,
  /** A peer's TTL-security hop count ({@code ttlSecurity}). */
  TTL_SECURITY,
  /**
   * A service route to advertise or not to program ({@code staticRoutes}, {@code rejectRoutes}):
   * a service range of the default BGPConfiguration, or a Service's cluster, external or
   * LoadBalancer address.
   */
  SERVICE_ROUTE,
  /** A LoadBalancer range a route reflector accepts ({@code serviceLoadBalancerIPs}). */
  SERVICE_LOAD_BALANCER_IP,
  /** An external IP range a route reflector accepts ({@code serviceExternalIPs}). */
  SERVICE_EXTERNAL_IP,
  /** The gateway of a host route to a BGPPeer ({@code reachableBy}). */
  REACHABLE_BY,
  /** The prefix of a prefix advertisement ({@code prefixAdvertisements[].cidr}). */
  COMMUNITY_PREFIX,
  /** A community a prefix advertisement attaches, as written or through a named community. */
  COMMUNITY_VALUE,
  /** The kernel metric of normal IPv4 routes. */
  IPV4_NORMAL_ROUTE_PRIORITY,
  /** The kernel metric of normal IPv6 routes. */
  IPV6_NORMAL_ROUTE_PRIORITY
}
