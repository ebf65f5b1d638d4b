/**
 * The Calico label-selector language: parsing, evaluation against label maps, canonical form and
 * unique IDs, behaving exactly like {@code libcalico-go/lib/selector}.
 *
 * <p>Entry point: {@link io.github.calicobgp.api.selector.Selector}.
 */
@NullMarked
package io.github.calicobgp.api.selector;

import org.jspecify.annotations.NullMarked;
