/**
 * The {@code calico-bgp} command line ({@link CalicoBgp}): picocli subcommands over the library,
 * sharing one way to read FILE arguments and one way to report failures.
 */
@NullMarked
package io.github.calicobgp.cli;

import org.jspecify.annotations.NullMarked;
