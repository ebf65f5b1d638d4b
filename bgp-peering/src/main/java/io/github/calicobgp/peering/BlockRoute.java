package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BlockAffinityState;
import io.github.calicobgp.api.value.CIDR;

/**
 * An IPAM block affine to the node: a blackhole route, and an aggregation rule unless the
 * affinity is being deleted.
 *
 * @param cidr the block (masked)
 * @param state implicitly confirmed, confirmed or pending deletion (pending ones are dropped)
 */
public record BlockRoute(CIDR cidr, BlockAffinityState state) {}
