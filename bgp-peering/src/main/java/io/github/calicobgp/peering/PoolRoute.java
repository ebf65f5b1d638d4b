package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.CIDR;

/**
 * An IP pool as it matters for routing on one node.
 *
 * @param cidr the pool's network (masked)
 * @param encapsulation how its traffic is encapsulated
 * @param exportDisabled whether its routes must not be exported over BGP
 * @param programmedByBird whether BIRD (rather than Felix) programs its routes into the kernel
 */
public record PoolRoute(
    CIDR cidr, PoolEncapsulation encapsulation, boolean exportDisabled, boolean programmedByBird) {}
