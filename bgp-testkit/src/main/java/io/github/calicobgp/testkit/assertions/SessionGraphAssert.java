package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.testkit.PeerDescriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about a cluster's session graph. A session counts only when both ends have a peer
 * for each other; a half-open one (one end only) never comes up.
 */
public final class SessionGraphAssert extends AbstractAssert<SessionGraphAssert, SessionGraph> {

  /**
   * Assertions about {@code actual}; start from {@link
   * CalicoBgpAssertions#assertThat(SessionGraph)}.
   *
   * @param actual the graph to check
   */
  public SessionGraphAssert(SessionGraph actual) {
    super(actual, SessionGraphAssert.class);
  }

  /**
   * Checks that every node can reach every other through node-to-node sessions, directly or via
   * other nodes (graph connectivity). That is not route propagation: iBGP passes routes on only
   * through route reflectors.
   *
   * @return these assertions, for chaining
   */
  public SessionGraphAssert isConnected() {
    isNotNull();
    List<Set<String>> groups = SessionGraphs.components(actual);
    if (groups.size() > 1) {
      failWithMessage("Expecting every pair of nodes to be connected through BGP sessions, but"
          + " the nodes fall into %s unconnected groups:%n%s", groups.size(), lines(groups));
    }
    return this;
  }

  /**
   * Checks that each pair of nodes has a session of its own, in at least one family.
   *
   * @return these assertions, for chaining
   */
  public SessionGraphAssert hasSessionBetweenEveryPairOfNodes() {
    isNotNull();
    List<String> nodes = new ArrayList<>(actual.sessionCounts().keySet());
    Set<List<String>> connected = SessionGraphs.connectedPairs(actual);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        if (!connected.contains(List.of(nodes.get(i), nodes.get(j)))) {
          missing.add(nodes.get(i) + " - " + nodes.get(j));
        }
      }
    }
    if (!missing.isEmpty()) {
      failWithMessage("Expecting a session between every pair of nodes, but %s of %s pairs have"
              + " none:%n  %s", missing.size(), nodes.size() * (nodes.size() - 1) / 2,
          String.join("\n  ", missing));
    }
    return this;
  }

  /**
   * Checks that {@code a} and {@code b} have a session, in at least one family.
   *
   * @param a one node's name
   * @param b the other node's name
   * @return these assertions, for chaining
   */
  public SessionGraphAssert hasSessionBetween(String a, String b) {
    isNotNull();
    if (!SessionGraphs.connectedPairs(actual).contains(SessionGraphs.pair(a, b))) {
      failWithMessage("Expecting a session between %s and %s, but there is none.%n%s", a, b,
          describeEnds(a, b));
    }
    return this;
  }

  /**
   * Checks that {@code a} and {@code b} have no session, in either family.
   *
   * @param a one node's name
   * @param b the other node's name
   * @return these assertions, for chaining
   */
  public SessionGraphAssert hasNoSessionBetween(String a, String b) {
    isNotNull();
    if (SessionGraphs.connectedPairs(actual).contains(SessionGraphs.pair(a, b))) {
      failWithMessage("Expecting no session between %s and %s, but there is.%n%s", a, b,
          describeEnds(a, b));
    }
    return this;
  }

  /**
   * Checks that no session has a peer on one end only.
   *
   * @return these assertions, for chaining
   */
  public SessionGraphAssert hasNoHalfOpenSessions() {
    isNotNull();
    List<Session> halfOpen = actual.halfOpenSessions();
    if (!halfOpen.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Session session : halfOpen) {
        SessionEnd configured = session.first().isConfigured() ? session.first() : session.second();
        SessionEnd missing = session.first().isConfigured() ? session.second() : session.first();
        lines.add("  " + configured.node() + " has " + describe(configured.peer()) + ", but "
            + missing.node() + " has no peer for " + configured.node() + " (" + session.family()
            + ")");
      }
      failWithMessage("Expecting no half-open sessions, but found %s:%n%s", halfOpen.size(),
          String.join("\n", lines));
    }
    return this;
  }

  /**
   * Checks the number of node-to-node sessions, both families and half-open ones included.
   *
   * @param expected the expected number of sessions
   * @return these assertions, for chaining
   */
  public SessionGraphAssert hasNodeToNodeSessionCount(int expected) {
    isNotNull();
    int count = actual.nodeToNodeSessions().size();
    if (count != expected) {
      failWithMessage("Expecting %s node-to-node session%s, but found %s:%n%s", expected,
          expected == 1 ? "" : "s", count, sessionLines(actual.nodeToNodeSessions()));
    }
    return this;
  }

  /**
   * Checks that no two nodes peer with each other.
   *
   * @return these assertions, for chaining
   */
  public SessionGraphAssert hasNoNodeToNodeSessions() {
    return hasNodeToNodeSessionCount(0);
  }

  private String describeEnds(String a, String b) {
    List<Session> between = actual.nodeToNodeSessions().stream()
        .filter(s -> s.nodes().contains(a) && s.nodes().contains(b))
        .toList();
    Map<String, Integer> counts = actual.sessionCounts();
    for (String node : List.of(a, b)) {
      if (!counts.containsKey(node)) {
        return "There is no node " + node + "; the nodes are " + counts.keySet();
      }
    }
    return between.isEmpty()
        ? "Neither has a peer for the other."
        : "Between them:\n" + sessionLines(between);
  }

  private static String sessionLines(List<Session> sessions) {
    if (sessions.isEmpty()) {
      return "  (none)";
    }
    List<String> lines = new ArrayList<>();
    for (Session s : sessions) {
      lines.add("  " + s.family() + " " + s.first().node() + " [" + describe(s.first().peer())
          + "] - " + s.second().node() + " [" + describe(s.second().peer()) + "]");
    }
    return String.join("\n", lines);
  }

  private static String describe(@Nullable Peer peer) {
    return peer == null ? "no peer" : PeerDescriptions.describe(peer);
  }

  private static String lines(List<Set<String>> groups) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      lines.add("  " + (i + 1) + ": " + String.join(", ", groups.get(i)));
    }
    return String.join("\n", lines);
  }
}
