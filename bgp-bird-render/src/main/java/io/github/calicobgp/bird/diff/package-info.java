/**
 * Unified diffs of text, and of the BIRD files of a node between two revisions of a cluster.
 */
@NullMarked
package io.github.calicobgp.bird.diff;

import org.jspecify.annotations.NullMarked;
