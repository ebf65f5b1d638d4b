/**
 * What a team embedding calico-bgp-java needs to test its own BGP designs: {@code fixtures}
 * build clusters, {@code arbitraries} generate them for jqwik, {@code assertions} check plans,
 * session graphs, BIRD configurations and labs, and {@code lab} runs real BIRD daemons.
 */
@NullMarked
package io.github.calicobgp.testkit;

import org.jspecify.annotations.NullMarked;
