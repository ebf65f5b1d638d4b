package io.github.calicobgp.peering.diff;

import io.github.calicobgp.peering.BGPSession;
import io.github.calicobgp.peering.ExternalSession;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerSetting;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionEnd;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The settings in which two revisions of one session differ, end by end. */
final class SessionFields {
  private SessionFields() {}

  /** What changed from {@code before} to {@code after}, two revisions of one session. */
  static List<FieldChange> between(BGPSession before, BGPSession after) {
    List<FieldChange> changes = new ArrayList<>();
    if (before instanceof ExternalSession b && after instanceof ExternalSession a) {
      peer(changes, b.node(), b.peer(), a.peer());
    } else if (before instanceof Session b && after instanceof Session a) {
      end(changes, b.first(), a.first());
      end(changes, b.second(), a.second());
    }
    return changes;
  }

  private static void end(List<FieldChange> changes, SessionEnd before, SessionEnd after) {
    Peer b = before.peer();
    Peer a = after.peer();
    if (b == null || a == null) {
      if (b != a) {
        changes.add(new FieldChange(before.node(), "peer", name(b), name(a)));
      }
      return;
    }
    peer(changes, before.node(), b, a);
  }

  private static void peer(List<FieldChange> changes, String node, Peer before, Peer after) {
    if (!before.name().equals(after.name())) {
      changes.add(new FieldChange(node, "protocol", before.name(), after.name()));
    }
    for (PeerSetting setting : PeerSetting.differing(before, after)) {
      changes.add(new FieldChange(
          node, setting.label(), setting.describe(before), setting.describe(after)));
    }
  }

  private static String name(@Nullable Peer peer) {
    return peer == null ? "none" : peer.name();
  }
}
