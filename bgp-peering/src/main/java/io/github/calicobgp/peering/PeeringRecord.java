package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.PeerIP;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A peering record: what one BGPPeer says about one remote address, before it is rendered for a
 * node ({@code updatePeersV1}, confd/pkg/backends/calico/client.go). The defaults are confd's:
 * port 0, AS 0, no local AS, "" texts.
 *
 * @param ip the remote address
 * @param port the remote port, 0 when none
 * @param asNumber the remote AS (0 when the BGPPeer gave none)
 * @param localASNumber the local AS override, null for none (confd's 0)
 * @param routeReflectorClusterId the remote node's cluster id ("" when none or not a node)
 * @param password the resolved password, null when none
 * @param sourceAddress {@code UseNodeIP}, {@code None} or whatever the BGPPeer said; "" for none
 * @param restartSeconds the graceful-restart time
 * @param keepaliveSeconds the keepalive time
 * @param keepNextHop the legacy {@code keepOriginalNextHop}, when no {@code nextHopMode} is set
 * @param nextHopMode the BGPPeer's {@code nextHopMode} text, "" when unset
 * @param calicoNode whether an explicit peerIP is some node's address (auto-passive)
 * @param allowLocalAs {@code numAllowedLocalASNumbers}, 0 when unset
 * @param ttlSecurity the GTSM hop count, 0 when off
 * @param filters the BGPFilter names, in order
 * @param reachableBy the gateway text, "" when none
 * @param passive whether the record is passive by construction (local workloads)
 * @param kind the kind of peer it becomes: {@code GLOBAL} for the forward records of a BGPPeer
 *     without node scope (pass 1), {@code NODE} for the other BGPPeers' forward and reverse
 *     records, {@code LOCAL_WORKLOAD} for local workloads
 * @param bgpPeerName the BGPPeer that made it
 * @param peerName its protocol name, {@link PeerNames#of} of kind, ip and port
 * @param remoteNodeName the node that owns {@code ip} (the first by name when several do), or
 *     null
 *
 * <p>The peer name and the remote node are derived once, with the record, rather than for every
 * node whose plan renders it: a route reflector's records serve every reflector, and its plan
 * holds a peer for every other node.
 */
record PeeringRecord(
    IPAddress ip,
    int port,
    ASNumber asNumber,
    @Nullable ASNumber localASNumber,
    String routeReflectorClusterId,
    @Nullable Password password,
    String sourceAddress,
    @Nullable Long restartSeconds,
    @Nullable Long keepaliveSeconds,
    boolean keepNextHop,
    String nextHopMode,
    boolean calicoNode,
    int allowLocalAs,
    int ttlSecurity,
    List<String> filters,
    String reachableBy,
    boolean passive,
    PeerKind kind,
    String bgpPeerName,
    String peerName,
    @Nullable String remoteNodeName) {

  /**
   * The key this record is stored under: family and {@code <ipkey>} ({@code updatePeersV1}'s
   * {@code emit}).
   */
  RecordKey key() {
    return new RecordKey(ip.family(), PeerIP.recordKey(ip, port));
  }

  /**
   * This record with the settings confd's {@code setPeerConfigFieldsFromV3Resource}
   * (confd/pkg/backends/calico/client.go) copies from the BGPPeer.
   */
  PeeringRecord withCommon(
      @Nullable Password password,
      String sourceAddress,
      @Nullable Long restartSeconds,
      @Nullable Long keepaliveSeconds) {
    return new PeeringRecord(ip, port, asNumber, localASNumber, routeReflectorClusterId, password,
        sourceAddress, restartSeconds, keepaliveSeconds, keepNextHop, nextHopMode, calicoNode,
        allowLocalAs, ttlSecurity, filters, reachableBy, passive, kind, bgpPeerName, peerName,
        remoteNodeName);
  }
}
