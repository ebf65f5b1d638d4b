package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPAddress;

/**
 * A static host route to a peer through a gateway ({@code BGPPeer.spec.reachableBy}).
 *
 * @param peer the peer's address
 * @param via the gateway, as written in the BGPPeer
 */
public record ReachableRoute(IPAddress peer, String via) {}
