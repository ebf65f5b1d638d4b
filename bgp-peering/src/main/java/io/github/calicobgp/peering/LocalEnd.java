package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;

/**
 * The planned node's side of its peerings in one enabled family.
 *
 * @param node the node
 * @param family the family
 * @param address the node's address in it ({@code MyIP})
 * @param asNumber the node's AS (its own, or the global one)
 * @param clusterId the node's route-reflector cluster id, "" when it is not one
 */
record LocalEnd(
    CalicoNode node, IPFamily family, IPAddress address, ASNumber asNumber, String clusterId) {

  /**
   * Calico's quirk ({@code processMeshPeers} and {@code buildPeerFromData},
   * confd/pkg/backends/calico/bgp_processor.go): passive toward a higher address, comparing the
   * canonical texts bytewise.
   */
  boolean isBelow(String peerAddressText) {
    return peerAddressText.compareTo(address.toString()) > 0;
  }
}
