/**
 * The resources Calico reads for BGP, as immutable Java records: the {@code projectcalico.org/v3}
 * kinds ({@link BGPConfiguration}, {@link BGPPeer}, {@link BGPFilter}, {@link Node},
 * {@link IPPool}, {@link BlockAffinity}, {@link WorkloadEndpoint}) and the Kubernetes kinds confd
 * also reads ({@link Secret}, {@link Service}, {@link EndpointSlice}).
 *
 * <p>Conventions: a record component's name is its JSON field name (unless {@link WireName}
 * says otherwise) and components are declared in Calico's Go field order, which is also the
 * order in which they are written. {@code null} means "absent" for every scalar component, so
 * "unset" and "false"/"0"/"" stay apart; lists and maps are never null (empty when absent).
 * Values that Calico validates after decoding (IPs, CIDRs, selectors, enum-like strings) are
 * kept as the text that was read, so that a {@code Validator} can report them; typed accessors
 * such as {@code nextHopMode()} apply Calico's defaults.
 */
@NullMarked
package io.github.calicobgp.api.resource;

import org.jspecify.annotations.NullMarked;
