package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.PeerIP;
import java.util.Optional;

/**
 * A BGPPeer whose own peerings confd drops without a word ({@code updatePeersV1},
 * confd/pkg/backends/calico/client.go): it peers with an explicit
 * {@code peerIP} (it has no {@code peerSelector} and no {@code localWorkloadSelector}) and that
 * address, once confd has split off a port, is no IP address; or its {@code reachableBy} is no IP
 * address of the peer's family. The reverse pass of {@code updatePeersV1} checks neither, so such
 * a BGPPeer may still give reverse peerings: one with only {@code node} (peerIP {@code ""}) does
 * to every node without an address in one family ({@code nodesWithIPPortAndAS}). Calico's
 * validator rejects a malformed peerIP or reachableBy, not an absent peerIP; a snapshot of
 * unvalidated resources keeps such a BGPPeer here so that tools can say what it makes and why.
 *
 * @param peer the BGPPeer resource
 * @param fieldPath the field confd cannot use: {@code spec.peerIP} or {@code spec.reachableBy}
 * @param value that field as written ({@code ""} when absent)
 * @param reason why it cannot be used
 */
public record IgnoredBGPPeer(BGPPeer peer, String fieldPath, String value, String reason) {

  /**
   * Why confd drops {@code peer}, if it does.
   *
   * @param peer the BGPPeer to check
   * @return the reason confd ignores the peer, or empty if it keeps it
   */
  public static Optional<IgnoredBGPPeer> of(BGPPeer peer) {
    BGPPeerSpec spec = peer.spec();
    if (!BGPPeerScope.isEmpty(spec.peerSelector())
        || !BGPPeerScope.isEmpty(spec.localWorkloadSelector())) {
      return Optional.empty();
    }
    String peerIP = spec.peerIP() == null ? "" : spec.peerIP();
    Optional<IPAddress> ip = IPAddress.tryParse(PeerIP.splitLikeConfd(peerIP).host());
    if (ip.isEmpty()) {
      return Optional.of(new IgnoredBGPPeer(peer, "spec.peerIP", peerIP, peerIP.isEmpty()
          ? "a BGPPeer needs a peerIP, a peerSelector or a localWorkloadSelector"
          : "not an IP address, with or without a port"));
    }
    if (BGPPeerScope.isEmpty(spec.reachableBy())) {
      return Optional.empty();
    }
    Optional<IPAddress> gateway = IPAddress.tryParse(spec.reachableBy());
    if (gateway.isEmpty() || gateway.get().family() != ip.get().family()) {
      return Optional.of(new IgnoredBGPPeer(peer, "spec.reachableBy", spec.reachableBy(),
          gateway.isEmpty() ? "not an IP address"
              : "not an IPv" + ip.get().family().version() + " address like the peerIP"));
    }
    return Optional.empty();
  }

  /** {@return the value and why it is unusable, e.g. {@code "10.0.0.300" is unusable (...)}} */
  public String problem() {
    return DisplayText.quote(value) + " is unusable (" + reason + ")";
  }
}
