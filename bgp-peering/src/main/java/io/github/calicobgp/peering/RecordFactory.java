package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.BGPPeerScope.isEmpty;
import static io.github.calicobgp.peering.BGPPeerScope.orEmpty;

import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.SecretKeySelector;
import io.github.calicobgp.api.resource.SecretValueException;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.PeerIP;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns BGPPeers into peering records ({@code updatePeersV1}, confd/pkg/backends/calico/client.go).
 * The forward and reverse records of a
 * BGPPeer do not depend on the node that renders them, so each is computed once and shared by
 * every node's plan; local-workload records depend on the node's workloads and are not memoised.
 */
final class RecordFactory {

  private static final ASNumber NO_AS = ASNumber.of(0);
  private static final String USE_NODE_IP = "UseNodeIP";

  private final ClusterSnapshot snapshot;
  private final ClusterSettings settings;
  private final BGPPeerScope scope;
  private final String secretNamespace;
  private final ConcurrentMap<String, RecordRun> forward = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, RecordRun> reverse = new ConcurrentHashMap<>();

  RecordFactory(ClusterSnapshot snapshot, BGPPeerScope scope, String secretNamespace) {
    this.snapshot = snapshot;
    this.settings = snapshot.settings();
    this.scope = scope;
    this.secretNamespace = secretNamespace;
  }

  /**
   * The records of passes 1 and 2 for a BGPPeer without {@code localWorkloadSelector}: one per
   * family address of each node its {@code peerSelector} matches, or the one of its
   * {@code peerIP}.
   */
  RecordRun forward(BGPPeer peer) {
    return forward.computeIfAbsent(peer.metadata().nameOrEmpty(), name -> RecordRun.of(
        isEmpty(peer.spec().peerSelector()) ? explicit(peer) : selected(peer)));
  }

  /** The records pass 3 adds to the nodes of {@link BGPPeerScope#reverseLocalNodes}. */
  RecordRun reverse(BGPPeer peer) {
    return reverse.computeIfAbsent(peer.metadata().nameOrEmpty(),
        name -> RecordRun.of(reversed(peer)));
  }

  /** The records of one local workload's addresses for a local-workload BGPPeer. */
  List<PeeringRecord> localWorkload(BGPPeer peer, List<IPAddress> addresses) {
    BGPPeerSpec spec = peer.spec();
    List<PeeringRecord> records = new ArrayList<>(addresses.size());
    for (IPAddress address : addresses) {
      // Calico's quirk (localBGPPeerDataAsBGPPeers, confd/pkg/backends/calico/client.go):
      // no password, timers, TTL, next hop or allow-local-as; never a source address.
      records.add(new PeeringRecord(address, 0, asOrZero(spec.asNumber()),
          localAS(spec.localASNumber()), "", null, "None", null, null, false, "", false, 0, 0,
          spec.filters(), "", true, PeerKind.LOCAL_WORKLOAD, peer.metadata().nameOrEmpty(),
          PeerNames.of(PeerKind.LOCAL_WORKLOAD, address, 0), snapshot.nodeNameAt(address)));
    }
    return records;
  }

  private List<PeeringRecord> selected(BGPPeer peer) {
    List<PeeringRecord> records = new ArrayList<>();
    for (CalicoNode node : snapshot.selection().nodesMatching(peer.spec().peerSelector())) {
      addNodeRecords(records, node, true, true, peer, forwardKind(peer));
    }
    return withCommon(records, peer);
  }

  private List<PeeringRecord> explicit(BGPPeer peer) {
    if (IgnoredBGPPeer.of(peer).isPresent()) {
      return List.of(); // updatePeersV1 (client.go) drops such a BGPPeer silently.
    }
    BGPPeerSpec spec = peer.spec();
    // Calico's quirk (parseIPPort, confd/pkg/backends/calico/client.go): "2001::1:179" is
    // one IPv6 address, and ports read with base prefixes.
    PeerIP.HostPort target = PeerIP.splitLikeConfd(orEmpty(spec.peerIP()));
    IPAddress ip = IPAddress.tryParse(target.host()).orElseThrow();
    int port = target.port();
    if (port == 0) {
      // Calico's quirk (nodesWithIPPortAndAS, confd/pkg/backends/calico/client.go): the
      // port is inferred only from a node with this address text and AS.
      List<CalicoNode> matching = scope.matchingCalicoNodes(target.host(), spec.asNumberOrZero(), 0);
      if (!matching.isEmpty()) {
        port = settings.listenPortOf(matching.get(0).name());
      }
    }
    String reachableBy = orEmpty(spec.reachableBy());
    boolean calicoNode = !snapshot.calicoNodesWithAddress(target.host()).isEmpty();
    PeerKind kind = forwardKind(peer);
    // Calico's quirk (updatePeersV1, confd/pkg/backends/calico/client.go): without asNumber
    // the record's AS is 0.
    PeeringRecord record = new PeeringRecord(ip, port, asOrZero(spec.asNumber()),
        localAS(spec.localASNumber()), "", null, "", null, null, keepsNextHop(spec),
        nextHopMode(spec), calicoNode, orZero(spec.numAllowedLocalASNumbers()),
        orZero(spec.ttlSecurity()), spec.filters(), reachableBy, false, kind,
        peer.metadata().nameOrEmpty(), PeerNames.of(kind, ip, port), snapshot.nodeNameAt(ip));
    return withCommon(List.of(record), peer);
  }

  private List<PeeringRecord> reversed(BGPPeer peer) {
    if (!BGPPeerScope.reverses(peer)) {
      return List.of();
    }
    boolean bySelector = !isEmpty(peer.spec().peerSelector());
    // confd/pkg/backends/calico/client.go, updatePeersV1 (the reverse-peering pass): the family is
    // that of the host left by parseIPPort, so "10.0.0.1:1790" reverses over IPv4 and
    // "[fd00::1]:1790" over IPv6; the raw text would call every IPv4:port an IPv6 peering.
    boolean v6 = PeerIP.splitLikeConfd(orEmpty(peer.spec().peerIP())).host().contains(":");
    List<PeeringRecord> records = new ArrayList<>();
    for (CalicoNode node : scope.reversePeerNodes(peer)) {
      addNodeRecords(records, node, bySelector || !v6, bySelector || v6, peer, PeerKind.NODE);
    }
    return withCommon(records, peer);
  }

  /**
   * confd's {@code nodeAsBGPPeers} (confd/pkg/backends/calico/client.go): one record per included
   * family in which the node has an address.
   */
  private void addNodeRecords(
      List<PeeringRecord> records, CalicoNode node, boolean v4, boolean v6, BGPPeer peer,
      PeerKind kind) {
    BGPPeerSpec spec = peer.spec();
    for (IPFamily family : IPFamily.values()) {
      IPAddress address = node.address(family);
      boolean included = family == IPFamily.V4 ? v4 : v6;
      if (!included || address == null) {
        continue;
      }
      ASNumber as = node.asNumber() == null ? settings.globalAS() : node.asNumber();
      // Calico's quirk (nodeAsBGPPeers, confd/pkg/backends/calico/client.go): localASNumber
      // and numAllowedLocalASNumbers do not reach these records.
      int port = settings.listenPortOf(node.name());
      records.add(new PeeringRecord(address, port, as, null,
          node.routeReflectorClusterId(), null, "", null, null, keepsNextHop(spec),
          nextHopMode(spec), false, 0, orZero(spec.ttlSecurity()), spec.filters(),
          orEmpty(spec.reachableBy()), false, kind, peer.metadata().nameOrEmpty(),
          PeerNames.of(kind, address, port), snapshot.nodeNameAt(address)));
    }
  }

  /**
   * confd's {@code setPeerConfigFieldsFromV3Resource} (confd/pkg/backends/calico/client.go):
   * password, source address and timers from the BGPPeer.
   */
  private List<PeeringRecord> withCommon(List<PeeringRecord> records, BGPPeer peer) {
    BGPPeerSpec spec = peer.spec();
    Password password = password(spec.password(),
        new Origin(ResourceKey.of(peer), "spec.password.secretKeyRef"));
    String source = isEmpty(spec.sourceAddress()) ? USE_NODE_IP : spec.sourceAddress();
    Long restart = seconds(spec.maxRestartTime());
    Long keepalive = seconds(spec.keepaliveTime());
    List<PeeringRecord> result = new ArrayList<>(records.size());
    for (PeeringRecord record : records) {
      result.add(record.withCommon(password, source, restart, keepalive));
    }
    return List.copyOf(result);
  }

  /**
   * The password a {@code secretKeyRef} refers to, in the Secret namespace: null when there is
   * none or its value is empty (confd sets no password then), unusable when the value is not
   * UTF-8 text (confd would write its raw bytes; we refuse to write anything else).
   */
  @Nullable Password password(@Nullable BGPPassword password, Origin origin) {
    SecretKeySelector ref = password == null ? null : password.secretKeyRef();
    if (ref == null) {
      return null;
    }
    String value;
    try {
      value = snapshot.secrets()
          .value(secretNamespace, orEmpty(ref.name()), orEmpty(ref.key()))
          .orElse(null);
    } catch (SecretValueException e) {
      return Password.unusable(e.getMessage(), origin);
    }
    return value == null || value.isEmpty() ? null : Password.of(value, origin);
  }

  /**
   * The kind of a BGPPeer's forward records: they go to the global key space (pass 1) when it has
   * neither {@code node} nor {@code nodeSelector}, else to its nodes' own (pass 2).
   */
  private static PeerKind forwardKind(BGPPeer peer) {
    return BGPPeerScope.isGlobal(peer) ? PeerKind.GLOBAL : PeerKind.NODE;
  }

  /** Whole seconds, rounded as confd rounds them ({@code setPeerConfigFieldsFromV3Resource}). */
  static @Nullable Long seconds(@Nullable GoDuration duration) {
    return duration == null ? null : duration.toWholeSecondsRounded();
  }

  /**
   * Calico's quirk ({@code getNextHopMode}, confd/pkg/backends/calico/client.go): any
   * {@code nextHopMode}, {@code Auto} included, disables the legacy flag.
   */
  private static boolean keepsNextHop(BGPPeerSpec spec) {
    return spec.nextHopMode() == null && spec.keepsOriginalNextHop();
  }

  private static String nextHopMode(BGPPeerSpec spec) {
    return spec.nextHopMode() == null ? "" : spec.nextHopMode();
  }

  private static ASNumber asOrZero(@Nullable ASNumber as) {
    return as == null ? NO_AS : as;
  }

  private static @Nullable ASNumber localAS(@Nullable ASNumber as) {
    return as == null || as.value() == 0 ? null : as;
  }

  private static int orZero(@Nullable Integer value) {
    return value == null ? 0 : value;
  }
}
