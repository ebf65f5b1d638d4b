package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.value.DisplayText;

/**
 * A Node that confd ignores: one of its BGP addresses does not parse, or is of the other family,
 * and confd then drops the whole Node ({@code bgpNodeUpdateProcessor.Process},
 * libcalico-go/lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go). No node peers with
 * it, and
 * calico-node on it renders nothing. Calico's validator rejects such a Node; a snapshot of
 * unvalidated resources keeps it here so that tools can say why the node is missing.
 *
 * @param node the Node resource
 * @param fieldPath the address that confd cannot use, e.g. {@code spec.bgp.ipv4Address}
 * @param value that address as written
 * @param reason why it cannot be used, e.g. {@code not an IPv6 address}
 */
public record IgnoredNode(Node node, String fieldPath, String value, String reason) {

  /** {@return the value and why it is unusable, e.g. {@code "10.0.0.1/33" is unusable (...)}} */
  public String problem() {
    return DisplayText.quote(value) + " is unusable (" + reason + ")";
  }
}
