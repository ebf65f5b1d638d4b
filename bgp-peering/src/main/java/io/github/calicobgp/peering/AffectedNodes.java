package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.PeerIP;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The nodes whose plan a set of resource changes can alter, from what a node's plan reads
 * ({@link NodePlanner}): a superset of the nodes whose plan differs, never a subset. Each rule
 * compares the resource's old version in the old snapshot with its new one in the new snapshot,
 * so a batch is handled as one change whatever the order of its events.
 *
 * <ul>
 *   <li>A Node: itself; when it changes in a way others can see (its addresses, AS number,
 *       cluster id or WireGuard addresses, or its presence): every node when the mesh is on
 *       (every mesh peer list has it), when it has WireGuard (others' next hops), when an address
 *       is shared with another node (the owner of an address is the first node by name) or when
 *       local-workload BGPPeers exist (their records name the node at a workload's address).
 *       For each BGPPeer, if the node is (before or after) among the nodes its records are made
 *       from and either that membership or the node's visible values changed: the nodes those
 *       records go to. Records are made from the {@code peerSelector}'s nodes (forward), from
 *       the nodes at {@code peerIP} (an explicit peer's port, "is a Calico node" and remote node
 *       name), and from the {@code nodeSelector}'s or {@code node}'s nodes, or every node
 *       (reverse). Forward records go to the BGPPeer's own nodes, or to every node for a global
 *       BGPPeer; reverse ones to the nodes at {@code peerIP} or matching {@code peerSelector}.
 *   <li>A BGPPeer: every node when global (no {@code node}, no {@code nodeSelector}: pass 1);
 *       else its own nodes and the nodes of its reverse peerings, before and after.
 *   <li>A BGPConfiguration: {@code default}: every node. {@code node.X}: X, and every node when
 *       X's listen port changes (peers of X use it). Any other name is ignored by confd.
 *   <li>A BGPFilter, an IPPool, a Service, an EndpointSlice: every node ({@link
 *       NodePlan#bgpFilters()} lists every BGPFilter; every node has the pools; service routes
 *       are computed cluster-wide).
 *   <li>A BlockAffinity or a WorkloadEndpoint: the node of its {@code spec.node}, before and
 *       after.
 *   <li>A Secret: every node if the mesh password uses it; else the nodes of every BGPPeer whose
 *       password uses it, as for a BGPPeer change.
 * </ul>
 */
final class AffectedNodes {

  private final ClusterSnapshot before;
  private final ClusterSnapshot after;
  private final PeeringOptions options;
  private final Set<String> names = new HashSet<>();
  private boolean all;

  private AffectedNodes(ClusterSnapshot before, ClusterSnapshot after, PeeringOptions options) {
    this.before = before;
    this.after = after;
    this.options = options;
  }

  /** The nodes the changes can affect; null when that may be every node. */
  static @Nullable Set<String> of(ClusterSnapshot before, ClusterSnapshot after,
      PeeringOptions options, List<ResourceChange> changes) {
    AffectedNodes affected = new AffectedNodes(before, after, options);
    for (ResourceChange change : changes) {
      affected.add(change.before(), change.after());
      if (affected.all) {
        return null;
      }
    }
    return affected.names;
  }

  private void add(@Nullable Resource old, @Nullable Resource now) {
    Resource any = now != null ? now : old;
    if (any instanceof Node) {
      node((Node) old, (Node) now);
    } else if (any instanceof BGPPeer) {
      if (old != null) {
        peer(before, (BGPPeer) old);
      }
      if (now != null) {
        peer(after, (BGPPeer) now);
      }
    } else if (any instanceof BGPConfiguration) {
      configuration((BGPConfiguration) old, (BGPConfiguration) now);
    } else if (any instanceof BlockAffinity) {
      addName(old == null ? null : ((BlockAffinity) old).spec().node());
      addName(now == null ? null : ((BlockAffinity) now).spec().node());
    } else if (any instanceof WorkloadEndpoint) {
      addName(old == null ? null : ((WorkloadEndpoint) old).spec().node());
      addName(now == null ? null : ((WorkloadEndpoint) now).spec().node());
    } else if (any instanceof Secret secret) {
      secret(secret);
    } else {
      // BGPFilter (in every plan), IPPool (every plan's pools), Service, EndpointSlice.
      all = true;
    }
  }

  private void addName(@Nullable String name) {
    if (name != null) {
      names.add(name);
    }
  }

  private void node(@Nullable Node old, @Nullable Node now) {
    String name = (now != null ? now : old).metadata().nameOrEmpty();
    names.add(name);
    CalicoNode was = before.findCalicoNode(name);
    CalicoNode is = after.findCalicoNode(name);
    if (was == null && is == null) {
      return; // ignored or absent before and after: no other plan saw it
    }
    boolean visibleChange = was == null || is == null || !sameVisibleValues(was, is);
    if (visibleChange && (meshOn(before) || meshOn(after) || wireguard(was) || wireguard(is)
        || sharesAddress(before, was) || sharesAddress(after, is)
        || hasLocalWorkloadPeers(before) || hasLocalWorkloadPeers(after))) {
      all = true;
      return;
    }
    BGPPeerScope beforeScope = new BGPPeerScope(before);
    for (BGPPeer peer : before.bgpPeers()) {
      recordsOf(before, beforeScope, peer, was, is, visibleChange);
    }
    BGPPeerScope afterScope = new BGPPeerScope(after);
    for (BGPPeer peer : after.bgpPeers()) {
      recordsOf(after, afterScope, peer, is, was, visibleChange);
    }
  }

  /**
   * Adds the nodes that get records of {@code peer} in {@code snapshot} made from {@code node}
   * (the node in that snapshot), when the records may change: {@code other} is the node in the
   * other snapshot.
   */
  private void recordsOf(ClusterSnapshot snapshot, BGPPeerScope scope, BGPPeer peer,
      @Nullable CalicoNode node, @Nullable CalicoNode other, boolean visibleChange) {
    if (node == null || BGPPeerScope.isLocalWorkload(peer)) {
      return;
    }
    NodeSelection selection = snapshot.selection();
    String peerSelector = peer.spec().peerSelector();
    if (!BGPPeerScope.isEmpty(peerSelector)) {
      if (selection.matches(peerSelector, node.labels())
          && (visibleChange || other == null
              || !selection.matches(peerSelector, other.labels()))) {
        forwardTargets(scope, peer);
      }
    } else if (visibleChange) {
      String host = PeerIP.splitLikeConfd(BGPPeerScope.orEmpty(peer.spec().peerIP())).host();
      if (hasAddressText(node, host) || other != null && hasAddressText(other, host)) {
        forwardTargets(scope, peer);
      }
    }
    if (BGPPeerScope.reverses(peer)) {
      boolean member = reverseSource(scope, peer, node);
      boolean otherMember = other != null && reverseSource(scope, peer, other);
      if (member && (visibleChange || !otherMember)) {
        for (CalicoNode target : scope.reverseLocalNodes(peer)) {
          names.add(target.name());
        }
      }
    }
  }

  /** Whether {@code node} is among the nodes a BGPPeer's reverse records are made from. */
  private static boolean reverseSource(BGPPeerScope scope, BGPPeer peer, CalicoNode node) {
    if (BGPPeerScope.isGlobal(peer)) {
      return true;
    }
    return scope.selectsLocally(peer, node);
  }

  private void forwardTargets(BGPPeerScope scope, BGPPeer peer) {
    if (BGPPeerScope.isGlobal(peer)) {
      all = true;
      return;
    }
    for (CalicoNode target : scope.localNodes(peer)) {
      names.add(target.name());
    }
  }

  private void peer(ClusterSnapshot snapshot, BGPPeer peer) {
    if (BGPPeerScope.isGlobal(peer)) {
      all = true;
      return;
    }
    BGPPeerScope scope = new BGPPeerScope(snapshot);
    for (CalicoNode node : scope.localNodes(peer)) {
      names.add(node.name());
    }
    for (CalicoNode node : scope.reverseLocalNodes(peer)) {
      names.add(node.name());
    }
  }

  private void configuration(@Nullable BGPConfiguration old, @Nullable BGPConfiguration now) {
    BGPConfiguration any = now != null ? now : old;
    if (any.isDefault()) {
      all = true;
      return;
    }
    String node = any.nodeName().orElse(null);
    if (node == null) {
      return; // neither default nor node.<name>: confd reads it not
    }
    names.add(node);
    if (!Objects.equals(listenPort(old), listenPort(now))) {
      all = true;
    }
  }

  private static @Nullable Integer listenPort(@Nullable BGPConfiguration config) {
    Integer port = config == null ? null : config.spec().listenPort();
    return port == null || port == 0 ? null : port;
  }

  private void secret(Secret secret) {
    if (!secret.metadata().namespaceOrEmpty().equals(options.secretNamespace())) {
      return;
    }
    String name = secret.metadata().nameOrEmpty();
    if (usesSecret(before.settings().global().nodeMeshPassword(), name)
        || usesSecret(after.settings().global().nodeMeshPassword(), name)) {
      all = true;
      return;
    }
    for (ClusterSnapshot snapshot : List.of(before, after)) {
      for (BGPPeer peer : snapshot.bgpPeers()) {
        if (usesSecret(peer.spec().password(), name)) {
          peer(snapshot, peer);
        }
      }
    }
  }

  private static boolean usesSecret(
      @Nullable BGPPassword password, String name) {
    return password != null && password.secretKeyRef() != null
        && name.equals(password.secretKeyRef().name());
  }

  /** Whether two versions of a node look the same to other nodes' plans. */
  private static boolean sameVisibleValues(CalicoNode a, CalicoNode b) {
    return Objects.equals(a.ipv4(), b.ipv4()) && Objects.equals(a.ipv6(), b.ipv6())
        && Objects.equals(a.asNumber(), b.asNumber())
        && a.routeReflectorClusterId().equals(b.routeReflectorClusterId())
        && a.wireguardIPv4().equals(b.wireguardIPv4())
        && a.wireguardIPv6().equals(b.wireguardIPv6());
  }

  private static boolean meshOn(ClusterSnapshot snapshot) {
    return snapshot.settings().meshEnabled();
  }

  private static boolean wireguard(@Nullable CalicoNode node) {
    return node != null && (node.hasWireguard(IPFamily.V4) || node.hasWireguard(IPFamily.V6));
  }

  private static boolean sharesAddress(ClusterSnapshot snapshot, @Nullable CalicoNode node) {
    if (node == null) {
      return false;
    }
    for (IPFamily family : IPFamily.values()) {
      if (node.address(family) != null
          && snapshot.calicoNodesWithAddress(node.address(family).toString()).size() > 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLocalWorkloadPeers(ClusterSnapshot snapshot) {
    for (BGPPeer peer : snapshot.bgpPeers()) {
      if (BGPPeerScope.isLocalWorkload(peer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAddressText(CalicoNode node, String ip) {
    return node.ipv4() != null && node.ipv4().address().toString().equals(ip)
        || node.ipv6() != null && node.ipv6().address().toString().equals(ip);
  }
}
