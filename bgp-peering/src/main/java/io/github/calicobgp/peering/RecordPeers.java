package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import org.jspecify.annotations.Nullable;

/**
 * Renders a peering record as a peer of the planned node ({@code processPeersFromPath} and
 * {@code buildPeerFromData}, confd/pkg/backends/calico/bgp_processor.go): name, passive
 * rules, route-reflector clients, next hop and filter calls.
 */
final class RecordPeers {
  private RecordPeers() {}

  /** The peer a record gives {@code local}, or null when it points at the node's own address. */
  static @Nullable Peer of(PlanContext context, LocalEnd local, PeeringRecord record) {
    IPAddress ip = record.ip();
    String ipText = ip.toString();
    if (ipText.equals(local.address().toString())) {
      return null;
    }
    PeerKind kind = record.kind();
    ASNumber remoteAS = record.asNumber();
    ASNumber localAS = record.localASNumber() != null ? record.localASNumber() : local.asNumber();
    boolean internal = remoteAS.equals(localAS);
    FilterRefs.Calls calls = context.filterRefs().of(record.filters(), local.family());
    Password password = record.password();
    return new Peer(
        record.peerName(),
        kind,
        local.family(),
        ip,
        record.port() > 0 ? record.port() : null,
        remoteAS,
        record.localASNumber(),
        localAS,
        "UseNodeIP".equals(record.sourceAddress()) ? local.address() : null,
        record.ttlSecurity() > 0 ? record.ttlSecurity() : null,
        isPassive(local, record, kind, ipText),
        isRouteReflectorClient(local, record, internal) ? local.clusterId() : null,
        password,
        record.restartSeconds(),
        record.keepaliveSeconds(),
        nextHop(record, internal),
        record.allowLocalAs() > 0 ? record.allowLocalAs() : null,
        calls.imports(),
        calls.exports(),
        record.reachableBy().isEmpty() ? null : record.reachableBy(),
        record.bgpPeerName(),
        record.remoteNodeName());
  }

  /**
   * Calico's quirks ({@code buildPeerFromData}, confd/pkg/backends/calico/bgp_processor.go; {@code
   * localBGPPeerDataAsBGPPeers}, confd/pkg/backends/calico/client.go): local workloads are always
   * passive; a {@code Global} peer is passive only when its explicit peerIP is some node's address
   * and sorts above this node's (as text); {@code Node} peers never are.
   */
  private static boolean isPassive(
      LocalEnd local, PeeringRecord record, PeerKind kind, String ipText) {
    if (record.passive()) {
      return true;
    }
    return kind != PeerKind.NODE && record.calicoNode() && local.isBelow(ipText);
  }

  /**
   * Calico's quirk ({@code buildPeerFromData}, confd/pkg/backends/calico/bgp_processor.go): on a
   * route reflector every iBGP peer whose record carries no cluster id, or another one, is a
   * client; explicit-IP records carry none.
   */
  private static boolean isRouteReflectorClient(
      LocalEnd local, PeeringRecord record, boolean internal) {
    String peerCluster = record.routeReflectorClusterId();
    return internal && !local.clusterId().isEmpty()
        && (peerCluster.isEmpty() || !peerCluster.equals(local.clusterId()));
  }

  /**
   * Calico's quirk ({@code buildPeerFromData}, confd/pkg/backends/calico/bgp_processor.go): {@code
   * Self} or {@code Keep} for any peer; the legacy flag only for eBGP.
   */
  private static NextHopPolicy nextHop(PeeringRecord record, boolean internal) {
    return switch (record.nextHopMode()) {
      case "Self" -> NextHopPolicy.SELF;
      case "Keep" -> NextHopPolicy.KEEP;
      default -> record.keepNextHop() && !internal ? NextHopPolicy.KEEP : NextHopPolicy.DEFAULT;
    };
  }
}
