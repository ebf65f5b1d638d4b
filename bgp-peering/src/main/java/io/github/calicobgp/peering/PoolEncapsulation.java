package io.github.calicobgp.peering;

/** How an IP pool's traffic crosses the network, as confd classifies it (VXLAN wins over IPIP). */
public enum PoolEncapsulation {
  /** No encapsulation. */
  NONE,
  /** IP-in-IP always. */
  IPIP_ALWAYS,
  /** IP-in-IP only between subnets. */
  IPIP_CROSS_SUBNET,
  /** VXLAN (always or cross-subnet): Felix programs these routes. */
  VXLAN
}
