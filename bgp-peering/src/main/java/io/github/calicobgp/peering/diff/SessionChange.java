package io.github.calicobgp.peering.diff;

import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session that one revision has and the other has not, or has with other settings.
 *
 * @param before the session in the old revision, null when it is added
 * @param after the session in the new revision, null when it is removed
 * @param fields what changed, for a changed session (empty otherwise)
 */
public record SessionChange(
    @Nullable BGPSession before, @Nullable BGPSession after, List<FieldChange> fields) {

  /** Whether a session is added, removed or changed. */
  public enum Kind {
    /** The session is in the new revision only. */
    ADDED,
    /** The session is in the old revision only. */
    REMOVED,
    /** The session is in both, with settings that differ. */
    CHANGED
  }

  /**
   * Checks that there is a session and copies the list.
   *
   * @param before the session in the old revision, null when it is added
   * @param after the session in the new revision, null when it is removed
   * @param fields what changed, for a changed session (empty otherwise)
   */
  public SessionChange {
    if (before == null && after == null) {
      throw new IllegalArgumentException("a session change needs a session");
    }
    fields = List.copyOf(fields);
  }

  /** {@return whether the session is added, removed or changed} */
  public Kind kind() {
    if (before == null) {
      return Kind.ADDED;
    }
    return after == null ? Kind.REMOVED : Kind.CHANGED;
  }

  /** {@return the session in the new revision, or the removed one} */
  public BGPSession session() {
    return after != null ? after : before;
  }

  /**
   * {@return the session for people: family, ends and BIRD protocol names, e.g. {@code IPv4 a
   * (Mesh_10_0_0_2) – b (Mesh_10_0_0_1)} or {@code IPv4 a → 192.0.2.1 (Node_192_0_2_1,
   * BGPPeer/tor)}}
   */
  public String title() {
    BGPSession session = session();
    String family = "IPv" + session.family().version();
    if (session instanceof ExternalSession e) {
      Peer peer = e.peer();
      return family + " " + e.node() + " → " + peer.address() + " (" + peer.name()
          + (peer.bgpPeerName() == null ? "" : ", BGPPeer/" + peer.bgpPeerName()) + ")";
    }
    Session s = (Session) session;
    return family + " " + end(s.first()) + " – " + end(s.second());
  }

  private static String end(SessionEnd end) {
    return end.node() + " (" + (end.peer() == null ? "no peer" : end.peer().name()) + ")";
  }
}
