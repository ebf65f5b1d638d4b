package io.github.calicobgp.peering;

/**
 * A call from a peer's import or export filter to a BGPFilter that exists and has rules for
 * that direction and IP family.
 *
 * @param filterName the BGPFilter's name (untruncated)
 * @param takesPeerType whether a rule of that direction has a {@code peerType}, so that the call
 *     passes whether the peer is in the same AS
 */
public record FilterRef(String filterName, boolean takesPeerType) {}
