/**
 * A lab of real BIRD 1.6 daemons for tests: {@link io.github.calicobgp.testkit.lab.BirdLab} runs
 * one {@code bird} (and {@code bird6}) per Calico node in its own network namespace, with the
 * configuration files the renderer produced, plus optional external peers, and reads their state.
 */
@NullMarked
package io.github.calicobgp.testkit.lab;

import org.jspecify.annotations.NullMarked;
