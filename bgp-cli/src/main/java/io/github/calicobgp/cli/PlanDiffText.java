package io.github.calicobgp.cli;

import io.github.calicobgp.peering.NodePlanDiff;
import io.github.calicobgp.peering.PlanFieldChange;
import io.github.calicobgp.peering.diff.FieldChange;
import io.github.calicobgp.peering.diff.NodeDisruption;
import io.github.calicobgp.peering.diff.PlanDiff;
import io.github.calicobgp.peering.diff.SessionChange;

/**
 * A plan diff for people: the nodes added, removed and with changed node-level values (log level,
 * pools, blocks...), one line per value; then the sessions: a count, a warning per node cut off
 * by a one-step change, then one line per session, {@code -} removed, {@code +} added, {@code ~}
 * changed with its fields below.
 */
final class PlanDiffText {
  private PlanDiffText() {}

  /** The text of {@code diff}. */
  static String of(PlanDiff diff) {
    StringBuilder out = new StringBuilder();
    nodes(out, diff);
    out.append("sessions: ");
    if (diff.sessionsUnchanged()) {
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

  private static void nodes(StringBuilder out, PlanDiff diff) {
    int count = diff.nodesAdded().size() + diff.nodesRemoved().size() + diff.nodeSettings().size();
    if (count == 0) {
      return;
    }
    out.append("nodes: ")
        .append(diff.nodesAdded().size())
        .append(" added, ")
        .append(diff.nodesRemoved().size())
        .append(" removed, ")
        .append(diff.nodeSettings().size())
        .append(" changed\n");
    for (String node : diff.nodesRemoved()) {
      out.append("- node ").append(HumanText.escape(node)).append('\n');
    }
    for (String node : diff.nodesAdded()) {
      out.append("+ node ").append(HumanText.escape(node)).append('\n');
    }
    for (NodePlanDiff node : diff.nodeSettings()) {
      out.append("~ node ").append(HumanText.escape(node.nodeName())).append('\n');
      for (PlanFieldChange field : node.fields()) {
        out.append("    ").append(Problems.oneLine(field.toString())).append('\n');
      }
    }
  }
}
