package io.github.calicobgp.peering;

/** How a peering treats the BGP next hop of the routes it sends. */
public enum NextHopPolicy {
  /** BGP's default behaviour. */
  DEFAULT,
  /** Always set the next hop to this node ({@code next hop self}). */
  SELF,
  /** Keep the next hop the route was learned with ({@code next hop keep}). */
  KEEP
}
