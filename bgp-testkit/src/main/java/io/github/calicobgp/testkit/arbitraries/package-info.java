/**
 * jqwik arbitraries of valid Calico resources and whole valid clusters, for users' own
 * properties: {@link io.github.calicobgp.testkit.arbitraries.CalicoArbitraries}. Clusters are
 * built from a small {@link io.github.calicobgp.testkit.arbitraries.ClusterDesign}, so that a
 * failing property shrinks to a small, readable counterexample.
 */
@NullMarked
package io.github.calicobgp.testkit.arbitraries;

import org.jspecify.annotations.NullMarked;
