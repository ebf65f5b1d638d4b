package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What keeps one node-to-node session from establishing, as session finding codes. */
final class SessionHealth {
  private SessionHealth() {}

  /** The port a node listens on in a family. */
  interface ListenPorts {
    /** The port {@code node} listens on in {@code family}. */
    int of(String node, IPFamily family);
  }

  /** The session codes that apply to {@code session}; empty when it can establish. */
  static Set<FindingCode> problems(Session session, ListenPorts ports) {
    Set<FindingCode> problems = EnumSet.noneOf(FindingCode.class);
    Peer first = session.first().peer();
    Peer second = session.second().peer();
    if (first == null || second == null) {
      problems.add(FindingCode.HALF_OPEN_SESSION);
      return problems;
    }
    if (!first.remoteAS().equals(second.localAS()) || !second.remoteAS().equals(first.localAS())) {
      problems.add(FindingCode.SESSION_AS_MISMATCH);
    }
    if (!Objects.equals(first.password(), second.password())) {
      problems.add(first.password() == null || second.password() == null
          ? FindingCode.SESSION_PASSWORD_ONE_END : FindingCode.SESSION_PASSWORD_MISMATCH);
    }
    if (first.passive() && second.passive()) {
      problems.add(FindingCode.SESSION_BOTH_PASSIVE);
    } else if (!connects(session.first(), session.second(), session, ports)
        && !connects(session.second(), session.first(), session, ports)) {
      problems.add(FindingCode.SESSION_PORT_MISMATCH);
    }
    return problems;
  }

  /** Whether {@code from} is active and connects to the port {@code to} listens on. */
  static boolean connects(SessionEnd from, SessionEnd to, Session session, ListenPorts ports) {
    Peer peer = Objects.requireNonNull(from.peer());
    return !peer.passive() && connectPort(peer) == ports.of(to.node(), session.family());
  }

  /** The port a peer connects to. */
  static int connectPort(Peer peer) {
    return peer.port() == null ? 179 : peer.port();
  }
}
