/**
 * The peer computation engine: from a {@link io.github.calicobgp.peering.ClusterSnapshot} of
 * Calico resources, which BGP sessions each node opens and everything else confd derives for a
 * node ({@link io.github.calicobgp.peering.NodePlan}), as typed values with no BIRD syntax.
 */
@NullMarked
package io.github.calicobgp.peering;

import org.jspecify.annotations.NullMarked;
