package io.github.calicobgp.peering.diff;

import io.github.calicobgp.peering.Session;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The node-to-node sessions of a session graph, read in runs that share their first node: the
 * graph gives them by first node in name order, so a run holds one node's sessions with the
 * nodes after it, and two graphs can be walked side by side, one node at a time.
 */
final class FirstNodeGroups {

  private final Iterator<Session> sessions;
  private @Nullable Session lookahead;

  FirstNodeGroups(Iterator<Session> sessions) {
    this.sessions = sessions;
    this.lookahead = sessions.hasNext() ? sessions.next() : null;
  }

  /** {@return the next run of sessions with the same first node, empty after the last} */
  List<Session> next() {
    List<Session> run = new ArrayList<>();
    if (lookahead == null) {
      return run;
    }
    String first = lookahead.first().node();
    while (lookahead != null && lookahead.first().node().equals(first)) {
      run.add(lookahead);
      lookahead = sessions.hasNext() ? sessions.next() : null;
    }
    return run;
  }
}
