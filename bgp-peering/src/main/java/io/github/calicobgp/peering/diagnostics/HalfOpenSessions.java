package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.ReversePeering;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link FindingCode#HALF_OPEN_SESSION} finding of a session, with the likely cause. */
final class HalfOpenSessions {
  private HalfOpenSessions() {}

  /** The finding for half-open {@code session}. */
  static Finding finding(ClusterView view, Session session) {
    boolean firstConfigured = session.first().isConfigured();
    SessionEnd configured = firstConfigured ? session.first() : session.second();
    SessionEnd missing = firstConfigured ? session.second() : session.first();
    Peer peer = Objects.requireNonNull(configured.peer());
    String family = Text.family(session.family());
    String message = family + " session " + configured.node() + " → " + missing.node()
        + " is half-open: " + configured.node() + " peers with " + missing.node() + " at "
        + peer.address() + " (" + peer.name() + ", " + Text.origin(peer) + ") but "
        + missing.node() + " has no peer for " + configured.node() + " at "
        + view.address(configured.node(), session.family()) + ", so BIRD on " + missing.node()
        + " refuses the connection and the session never establishes. "
        + cause(view, peer, view.node(missing.node()), configured.node());
    return Finding.of(FindingCode.HALF_OPEN_SESSION, message,
        List.of(configured.node(), missing.node()), SessionChecks.resources(session));
  }

  private static String cause(ClusterView view, Peer peer, NodePlan missing, String configured) {
    String fix = "Add a BGPPeer that peers " + missing.nodeName() + " with " + configured + ".";
    Optional<BGPPeer> bgpPeer =
        peer.bgpPeerName() == null ? Optional.empty() : view.bgpPeer(peer.bgpPeerName());
    if (bgpPeer.isEmpty()) {
      return fix;
    }
    String name = Text.bgpPeer(peer.bgpPeerName());
    if (ReversePeering.MANUAL.wireName().equals(bgpPeer.get().spec().reversePeering())) {
      return name + " has reversePeering: Manual, so confd adds no reverse peering. " + fix;
    }
    if (!peer.remoteAS().equals(missing.asNumber())) {
      return "confd adds the reverse peering only when the asNumber of " + name + " ("
          + peer.remoteAS() + ") is " + missing.nodeName() + "'s AS (" + missing.asNumber()
          + ").";
    }
    int listens = missing.family(peer.family()).listenPort() == null
        ? 179 : missing.family(peer.family()).listenPort();
    if (peer.port() != null && peer.port() != listens) {
      return "confd adds the reverse peering only when the port of " + name + " ("
          + peer.port() + ") is the one " + missing.nodeName() + " listens on (" + listens + ").";
    }
    return fix;
  }
}
