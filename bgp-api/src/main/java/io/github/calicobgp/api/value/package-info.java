/**
 * Value types that parse and print themselves exactly as Calico's Go code does: {@link IPAddress}
 * and {@link CIDR} (Go {@code net} semantics), {@link ASNumber} ({@code numorstring.ASNumber}),
 * {@link GoDuration} (Go {@code time.Duration}), {@link PeerIP} (the two Calico parsers of a
 * BGPPeer {@code peerIP}) and {@link BGPCommunity}.
 *
 * <p>Conventions: every type is immutable with value equality; {@code parse} methods throw
 * {@link ValueFormatException} naming the rejected text; {@code toString()} prints the canonical
 * (Go) form. Nothing here ever does DNS resolution.
 */
@NullMarked
package io.github.calicobgp.api.value;

import org.jspecify.annotations.NullMarked;
