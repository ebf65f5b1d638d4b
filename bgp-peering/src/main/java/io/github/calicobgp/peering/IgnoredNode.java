package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Node;

/**
 * A Node that confd ignores: one of its BGP addresses does not parse, or is of the other family,
 * and confd then drops the whole Node (confd-behavior §3.1). No node peers with it, and
 * calico-node on it renders nothing. Calico's validator rejects such a Node; a snapshot of
 * unvalidated resources keeps it here so that tools can say why the node is missing.
 *
 * @param node the Node resource
 * @param fieldPath the address that confd cannot use, e.g. {@code spec.bgp.ipv4Address}
 * @param value that address as written
 * @param reason why it cannot be used, e.g. {@code not an IPv6 address}
 */
public record IgnoredNode(Node node, String fieldPath, String value, String reason) {}
