package io.github.calicobgp.cli;

import io.github.calicobgp.peering.diff.FieldChange;
import io.github.calicobgp.peering.diff.NodeDisruption;
import io.github.calicobgp.peering.diff.PlanDiff;
import io.github.calicobgp.peering.diff.SessionChange;

/**
 * A session diff for people: a count, a warning per node cut off by a one-step change, then one
 * line per session, {@code -} removed, {@code +} added, {@code ~} changed with its fields below.
 */
final class PlanDiffText {
  private PlanDiffText() {}

  /** The text of {@code diff}. */
  static String of(PlanDiff diff) {
    StringBuilder out = new StringBuilder("sessions: ");
    if (diff.isEmpty()) {
      out.append("no change\n");
    } else {
      out.append(diff.added().size())
          .append(" added, ")
          .append(diff.removed().size())
          .append(" removed, ")
          .append(diff.changed().size())
          .append(" changed\n");
    }
    for (NodeDisruption disruption : diff.disruptions()) {
      out.append("warning: ").append(Problems.oneLine(disruption.message())).append('\n');
    }
    for (SessionChange change : diff.removed()) {
      out.append("- ").append(Problems.oneLine(change.title())).append('\n');
    }
    for (SessionChange change : diff.added()) {
      out.append("+ ").append(Problems.oneLine(change.title())).append('\n');
    }
    for (SessionChange change : diff.changed()) {
      out.append("~ ").append(Problems.oneLine(change.title())).append('\n');
      for (FieldChange field : change.fields()) {
        out.append("    ").append(Problems.oneLine(field.toString())).append('\n');
      }
    }
    return out.toString();
  }
}
