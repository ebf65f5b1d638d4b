package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.ReversePeering;
import io.github.calicobgp.api.resource.WireEnum;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.PeerIP;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which nodes a BGPPeer concerns, in each of confd's passes ({@code updatePeersV1},
 * confd/pkg/backends/calico/client.go). Every set has a membership test for one node ({@code plan})
 * and a list form ({@code planAll}); both apply the same rule, so that the two give identical
 * plans. Lists are sorted by node name: where confd takes Go map order (e.g. the first of {@code
 * nodesWithIPPortAndAS}, confd/pkg/backends/calico/client.go), the first node by name is the one
 * used.
 */
final class BGPPeerScope {

  private final ClusterSnapshot snapshot;
  private final ClusterSettings settings;
  private final NodeSelection selection;

  BGPPeerScope(ClusterSnapshot snapshot) {
    this.snapshot = snapshot;
    this.settings = snapshot.settings();
    this.selection = snapshot.selection();
  }

  /** Whether the BGPPeer applies to every node: neither {@code node} nor {@code nodeSelector}. */
  static boolean isGlobal(BGPPeer peer) {
    return isEmpty(peer.spec().nodeSelector()) && isEmpty(peer.spec().node());
  }

  /** Whether it peers with local workloads ({@code localWorkloadSelector} is non-empty). */
  static boolean isLocalWorkload(BGPPeer peer) {
    return !isEmpty(peer.spec().localWorkloadSelector());
  }

  /** Whether confd adds its reverse peerings (pass 3): not {@code Manual}, not local workload. */
  static boolean reverses(BGPPeer peer) {
    boolean manual = WireEnum.parse(ReversePeering.class, peer.spec().reversePeering())
        .filter(mode -> mode == ReversePeering.MANUAL).isPresent();
    return !manual && !isLocalWorkload(peer);
  }

  /** Whether {@code node} is among a node-scoped BGPPeer's {@code LocalNodes} (pass 2). */
  boolean selectsLocally(BGPPeer peer, CalicoNode node) {
    BGPPeerSpec spec = peer.spec();
    if (!isEmpty(spec.nodeSelector())) {
      return selection.matches(spec.nodeSelector(), node.labels());
    }
    return node.name().equals(spec.node());
  }

  /** A node-scoped BGPPeer's {@code LocalNodes} that exist (pass 2), sorted by name. */
  List<CalicoNode> localNodes(BGPPeer peer) {
    BGPPeerSpec spec = peer.spec();
    if (!isEmpty(spec.nodeSelector())) {
      return selection.nodesMatching(spec.nodeSelector());
    }
    CalicoNode node = spec.node() == null ? null : snapshot.findCalicoNode(spec.node());
    return node == null ? List.of() : List.of(node);
  }

  /** Whether {@code node} gets this BGPPeer's reverse peerings (pass 3). */
  boolean selectsReverse(BGPPeer peer, CalicoNode node) {
    if (!reverses(peer)) {
      return false;
    }
    BGPPeerSpec spec = peer.spec();
    if (!isEmpty(spec.peerSelector())) {
      return selection.matches(spec.peerSelector(), node.labels());
    }
    PeerIP.HostPort target = PeerIP.splitLikeConfd(orEmpty(spec.peerIP()));
    return isCalicoNodeAt(node, target.host(), spec.asNumberOrZero(), target.port());
  }

  /** The nodes that get this BGPPeer's reverse peerings (pass 3), sorted by name. */
  List<CalicoNode> reverseLocalNodes(BGPPeer peer) {
    if (!reverses(peer)) {
      return List.of();
    }
    BGPPeerSpec spec = peer.spec();
    if (!isEmpty(spec.peerSelector())) {
      return selection.nodesMatching(spec.peerSelector());
    }
    PeerIP.HostPort target = PeerIP.splitLikeConfd(orEmpty(spec.peerIP()));
    return matchingCalicoNodes(target.host(), spec.asNumberOrZero(), target.port());
  }

  /**
   * The nodes a reverse peering points at (pass 3 {@code PeerNodes}): those of
   * {@code nodeSelector}, else {@code node}, else every node.
   */
  List<CalicoNode> reversePeerNodes(BGPPeer peer) {
    BGPPeerSpec spec = peer.spec();
    if (!isEmpty(spec.nodeSelector()) || !isEmpty(spec.node())) {
      return localNodes(peer);
    }
    return snapshot.calicoNodes();
  }

  /**
   * confd's {@code nodesWithIPPortAndAS(ip, asNum, port)} (confd/pkg/backends/calico/client.go),
   * sorted by name: the nodes whose address text is {@code ip} exactly, in AS {@code asn} (0: the
   * global AS), listening on {@code port} when it is non-zero.
   */
  List<CalicoNode> matchingCalicoNodes(String ip, long asn, int port) {
    List<CalicoNode> result = new ArrayList<>();
    // An empty ip (a BGPPeer with neither peerIP nor selectors) is the text of a missing
    // address: every node without one of the two families is a candidate.
    List<CalicoNode> candidates =
        ip.isEmpty() ? snapshot.calicoNodes() : snapshot.calicoNodesWithAddress(ip);
    for (CalicoNode node : candidates) {
      if (isCalicoNodeAt(node, ip, asn, port)) {
        result.add(node);
      }
    }
    return result;
  }

  private boolean isCalicoNodeAt(CalicoNode node, String ip, long asn, int port) {
    if (!hasAddressText(node, ip)) {
      return false;
    }
    ASNumber global = settings.globalAS();
    long nodeAS = node.asNumber() == null ? global.value() : node.asNumber().value();
    if (nodeAS != (asn == 0 ? global.value() : asn)) {
      return false;
    }
    if (port == 0) {
      return true;
    }
    Integer own = settings.nodeListenPort(node.name());
    if (own != null && own != port) {
      return false;
    }
    // Calico's quirk (nodesWithIPPortAndAS): a global listen port that differs excludes the
    // node even when its own node-specific port is the one asked for.
    int globalPort = settings.globalListenPort();
    return globalPort == 0 || globalPort == port;
  }

  /**
   * confd/pkg/backends/calico/client.go, {@code nodesWithIPPortAndAS}: {@code nodeIPv4 != ip &&
   * nodeIPv6 != ip} over the cache, where a missing address reads as {@code ""}. So a BGPPeer
   * with only {@code node} (peerIP {@code ""}) reverses to every node that lacks an address in
   * either family, as confd does.
   */
  private static boolean hasAddressText(CalicoNode node, String ip) {
    return addressText(node.ipv4()).equals(ip) || addressText(node.ipv6()).equals(ip);
  }

  private static String addressText(@Nullable CIDR cidr) {
    return cidr == null ? "" : cidr.address().toString();
  }

  static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }

  static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
