package io.github.calicobgp.peering.diff;

import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.Session;
import java.util.HashMap;
import java.util.Map;

/**
 * Per node, counts of what a diff did to its sessions, kept while the sessions stream by so that
 * finding the nodes that lose every session needs no set of sessions: the working sessions of
 * the old revision (half-open ones aside), how many of those are gone, and how many new
 * sessions it gains.
 */
final class SessionTallies {

  /** One node's counts. */
  static final class Tally {
    private int working;
    private int goneWorking;
    private int gained;

    /** {@return whether the node had working sessions and every one of them is gone} */
    boolean losesEverySession() {
      return working > 0 && goneWorking == working;
    }

    int working() {
      return working;
    }

    int gained() {
      return gained;
    }
  }

  private static final Tally NONE = new Tally();
  private final Map<String, Tally> byNode = new HashMap<>();

  /** An old session that has a counterpart in the new revision. */
  void kept(BGPSession old) {
    if (isWorking(old)) {
      old.nodes().forEach(n -> tally(n).working++);
    }
  }

  /** An old session that has no counterpart in the new revision. */
  void gone(BGPSession old) {
    if (isWorking(old)) {
      old.nodes().forEach(n -> {
        Tally t = tally(n);
        t.working++;
        t.goneWorking++;
      });
    }
  }

  /** A new session that has no counterpart in the old revision. */
  void added(BGPSession now) {
    now.nodes().forEach(n -> tally(n).gained++);
  }

  /** {@return the counts of {@code node}, all zero when none of its sessions was seen} */
  Tally of(String node) {
    return byNode.getOrDefault(node, NONE);
  }

  private Tally tally(String node) {
    return byNode.computeIfAbsent(node, n -> new Tally());
  }

  private static boolean isWorking(BGPSession session) {
    return !(session instanceof Session s && s.isHalfOpen());
  }
}
