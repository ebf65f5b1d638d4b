package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.PeerIP;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Values Calico accepts but no BGP speaker can use, which {@code render} therefore refuses: an AS
 * number of 0 (reserved, RFC 7607), a peer address that is unspecified or IPv6 link-local (no
 * interface is given to reach it), and a timer that is negative or longer than 4294967295 s.
 * Checked on the resources, once each, so that the cost grows with them, not with the sessions.
 */
final class UnusableValueChecks implements Check {

  private static final long MAX_SECONDS = 0xffff_ffffL;

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    Optional<BGPConfiguration> config = view.snapshot().defaultConfiguration();
    if (config.isPresent()) {
      ASNumber as = config.get().spec().asNumber();
      if (as != null && as.value() == 0) {
        findings.add(Finding.of(FindingCode.AS_NUMBER_ZERO, ClusterView.DEFAULT_CONFIGURATION
            + " sets the cluster's AS number to 0, which BGP reserves: render refuses the nodes"
            + " that take it.", List.of(), List.of(ClusterView.DEFAULT_CONFIGURATION)));
      }
      timer(findings, ClusterView.DEFAULT_CONFIGURATION, "nodeMeshMaxRestartTime",
          config.get().spec().nodeMeshMaxRestartTime(), List.of());
    }
    for (Node node : view.snapshot().nodes()) {
      ASNumber as = node.spec().bgp() == null ? null : node.spec().bgp().asNumber();
      if (as != null && as.value() == 0) {
        String name = node.metadata().nameOrEmpty();
        findings.add(Finding.of(FindingCode.AS_NUMBER_ZERO, "Node/" + name + " sets its AS"
            + " number to 0, which BGP reserves: render refuses it and its peers.",
            List.of(name), List.of("Node/" + name)));
      }
    }
    for (BGPPeer peer : view.snapshot().bgpPeers()) {
      String name = Text.bgpPeer(peer.metadata().nameOrEmpty());
      List<String> nodes = view.nodesUsing(peer.metadata().nameOrEmpty());
      address(findings, name, peer.spec().peerIP(), nodes);
      timer(findings, name, "maxRestartTime", peer.spec().maxRestartTime(), nodes);
      timer(findings, name, "keepaliveTime", peer.spec().keepaliveTime(), nodes);
    }
  }

  private static void address(
      List<Finding> findings, String name, @Nullable String peerIP, List<String> nodes) {
    if (peerIP == null || peerIP.isEmpty()) {
      return;
    }
    Optional<IPAddress> ip = IPAddress.tryParse(PeerIP.splitLikeConfd(peerIP).host());
    if (ip.isEmpty()) {
      return; // BGPPEER_IGNORED says so
    }
    String problem = ip.get().isZero() ? "the unspecified address"
        : ip.get().isIPv6LinkLocal() ? "an IPv6 link-local address, reachable only through an"
            + " interface Calico cannot name" : null;
    if (problem != null) {
      findings.add(Finding.of(FindingCode.PEER_ADDRESS_UNUSABLE, name + " peers with "
          + ip.get() + ", " + problem + ": render refuses its peerings" + on(nodes) + ".",
          nodes, List.of(name)));
    }
  }

  private static void timer(List<Finding> findings, String name, String field,
      @Nullable GoDuration duration, List<String> nodes) {
    if (duration == null) {
      return;
    }
    long seconds = duration.toWholeSecondsRounded();
    if (seconds < 0 || seconds > MAX_SECONDS) {
      findings.add(Finding.of(FindingCode.TIMER_OUT_OF_RANGE, name + " sets " + field + " to "
          + seconds + " s, outside 0 to 4294967295 s: render refuses its peerings" + on(nodes)
          + ".", nodes, List.of(name)));
    }
  }

  private static String on(List<String> nodes) {
    return nodes.isEmpty() ? "" : " (on " + Text.list(nodes) + ")";
  }
}
