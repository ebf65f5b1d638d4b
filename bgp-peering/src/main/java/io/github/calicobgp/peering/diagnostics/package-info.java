/**
 * Checks of a cluster's peering as a whole, before it is applied: sessions whose two ends
 * disagree, isolated nodes and split clusters, route-reflector designs without redundancy or
 * reflection, BGPPeers that select nothing or conflict, BGPPeers and Nodes that confd silently
 * drops, and dangling references. Start at
 * {@link io.github.calicobgp.peering.diagnostics.Diagnostics#of}.
 */
@NullMarked
package io.github.calicobgp.peering.diagnostics;

import org.jspecify.annotations.NullMarked;
