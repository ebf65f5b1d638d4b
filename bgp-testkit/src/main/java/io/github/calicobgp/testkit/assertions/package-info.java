/**
 * AssertJ assertions over what the library computes and what BIRD does with it: start from
 * {@link io.github.calicobgp.testkit.assertions.CalicoBgpAssertions#assertThat}. Failure messages
 * show the peers involved (name, address, AS, kind, passive side, route-reflector client).
 */
@NullMarked
package io.github.calicobgp.testkit.assertions;

import org.jspecify.annotations.NullMarked;
