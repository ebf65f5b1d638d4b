/**
 * The node agent: confd's job for one node. It follows a {@link
 * io.github.calicobgp.peering.live.LiveCluster}, and whenever the node's plan changes renders the
 * six BIRD files, checks them with BIRD in a staging directory, swaps the changed ones into the
 * configuration directory all or nothing, and tells BIRD to reload; it serves health, readiness
 * and Prometheus metrics. Start with {@link io.github.calicobgp.agent.Agent}.
 */
@NullMarked
package io.github.calicobgp.agent;

import org.jspecify.annotations.NullMarked;
