/**
 * What changes between two revisions of a cluster: the sessions added, removed and changed
 * (with the settings that changed), and the nodes a one-step change would cut off. Start at
 * {@link io.github.calicobgp.peering.diff.PlanDiff#between}.
 */
@NullMarked
package io.github.calicobgp.peering.diff;

import org.jspecify.annotations.NullMarked;
