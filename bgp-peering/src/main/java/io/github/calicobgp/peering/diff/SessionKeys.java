package io.github.calicobgp.peering.diff;

import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import org.jspecify.annotations.Nullable;

/**
 * What identifies a session across revisions: its family, nodes and the BIRD protocol names of
 * its ends (BIRD restarts a session whose protocol is renamed, so a new name is a new session).
 */
final class SessionKeys {
  private SessionKeys() {}

  /** The exact identity of {@code session}. */
  static String exact(BGPSession session) {
    if (session instanceof ExternalSession e) {
      return "external " + e.family() + " " + e.node() + " " + e.peer().name();
    }
    Session s = (Session) session;
    return pair(s) + " " + name(s.first().peer()) + " " + name(s.second().peer());
  }

  /** The family and node pair of a node-to-node session. */
  static String pair(Session session) {
    return "pair " + session.family() + " " + session.first().node() + " "
        + session.second().node();
  }

  private static String name(@Nullable Peer peer) {
    return peer == null ? "-" : peer.name();
  }
}
