/**
 * Renders a {@link io.github.calicobgp.peering.NodePlan} into the six BIRD 1.x files calico-node
 * runs ({@link io.github.calicobgp.bird.BirdRenderer}), byte for byte as Calico's confd templates
 * write them, except that every input string is checked before it reaches the text ({@link
 * io.github.calicobgp.bird.BirdStrings}).
 */
@NullMarked
package io.github.calicobgp.bird;

import org.jspecify.annotations.NullMarked;
