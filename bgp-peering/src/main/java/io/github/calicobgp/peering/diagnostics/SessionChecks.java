package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Whether the two ends of each node-to-node session agree (the first six finding codes). */
final class SessionChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    // Healthy mesh sessions have no finding: the view keeps every other session.
    for (Session session : view.sessionsBeyondHealthyMesh()) {
      Set<FindingCode> problems = view.problems(session);
      if (problems.contains(FindingCode.HALF_OPEN_SESSION)) {
        findings.add(HalfOpenSessions.finding(view, session));
        continue;
      }
      if (problems.contains(FindingCode.SESSION_AS_MISMATCH)) {
        findings.add(finding(FindingCode.SESSION_AS_MISMATCH, session, asMismatch(view, session)
            + ": BIRD rejects the OPEN message (bad peer AS) and the session never establishes"));
      }
      if (problems.contains(FindingCode.SESSION_PASSWORD_MISMATCH)) {
        findings.add(finding(FindingCode.SESSION_PASSWORD_MISMATCH, session,
            prefix(session) + "the two ends use different passwords (" + origins(session)
                + "): TCP MD5 authentication fails and the session never establishes"));
      }
      if (problems.contains(FindingCode.SESSION_PASSWORD_ONE_END)) {
        findings.add(finding(FindingCode.SESSION_PASSWORD_ONE_END, session,
            prefix(session) + passwordOneEnd(session)
                + ": TCP MD5 authentication fails and the session never establishes"));
      }
      if (problems.contains(FindingCode.SESSION_PORT_MISMATCH)) {
        findings.add(finding(FindingCode.SESSION_PORT_MISMATCH, session,
            prefix(session) + portMismatch(view, session)
                + ": neither end can connect and the session never establishes"));
      }
      if (problems.contains(FindingCode.SESSION_BOTH_PASSIVE)) {
        findings.add(finding(FindingCode.SESSION_BOTH_PASSIVE, session,
            prefix(session) + "both ends are passive (" + origins(session)
                + "): each waits for the other to connect and the session never establishes"));
      }
    }
  }

  private static Finding finding(FindingCode code, Session session, String message) {
    return Finding.of(code, message, session.nodes(), resources(session));
  }

  /** The resources both ends' peers come from, first end first. */
  static List<String> resources(Session session) {
    Set<String> resources = new LinkedHashSet<>();
    for (SessionEnd end : List.of(session.first(), session.second())) {
      if (end.peer() != null) {
        resources.add(Text.resourceOf(end.peer()));
      }
    }
    return List.copyOf(resources);
  }

  private static String prefix(Session session) {
    return Text.family(session.family()) + " session " + session.first().node() + " – "
        + session.second().node() + ": ";
  }

  private static String asMismatch(ClusterView view, Session session) {
    List<String> parts = new ArrayList<>();
    for (SessionEnd[] ends : ends(session)) {
      Peer from = peer(ends[0]);
      Peer to = peer(ends[1]);
      if (!from.remoteAS().equals(to.localAS())) {
        parts.add(ends[0].node() + " expects AS " + from.remoteAS() + " from " + ends[1].node()
            + " at " + from.address() + " (" + Text.origin(from) + ") but " + ends[1].node()
            + " speaks AS " + to.localAS() + " toward it (" + Text.origin(to) + ")");
      }
    }
    return prefix(session) + String.join("; ", parts);
  }

  private static String passwordOneEnd(Session session) {
    boolean firstHas = peer(session.first()).password() != null;
    SessionEnd with = firstHas ? session.first() : session.second();
    SessionEnd without = firstHas ? session.second() : session.first();
    return with.node() + " uses a password (" + Text.origin(peer(with)) + ") but "
        + without.node() + " uses none (" + Text.origin(peer(without)) + ")";
  }

  private static String portMismatch(ClusterView view, Session session) {
    List<String> parts = new ArrayList<>();
    for (SessionEnd[] ends : ends(session)) {
      Peer from = peer(ends[0]);
      if (from.passive()) {
        parts.add(ends[0].node() + " is passive");
      } else {
        parts.add(ends[0].node() + " connects to " + ends[1].node() + " on port "
            + SessionHealth.connectPort(from) + " (" + Text.origin(from) + ") but "
            + ends[1].node() + " listens on "
            + view.listenPort(ends[1].node(), session.family()));
      }
    }
    return String.join("; ", parts);
  }

  private static String origins(Session session) {
    return session.first().node() + ": " + Text.origin(peer(session.first())) + ", "
        + session.second().node() + ": " + Text.origin(peer(session.second()));
  }

  private static List<SessionEnd[]> ends(Session session) {
    return List.of(new SessionEnd[] {session.first(), session.second()},
        new SessionEnd[] {session.second(), session.first()});
  }

  private static Peer peer(SessionEnd end) {
    return Objects.requireNonNull(end.peer());
  }
}
