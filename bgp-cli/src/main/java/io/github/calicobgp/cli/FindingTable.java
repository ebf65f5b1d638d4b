package io.github.calicobgp.cli;

import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Findings as a table for people: severity, code, nodes and message, one finding per line, and a
 * count of each severity at the end.
 */
final class FindingTable {

  /** The most node names a row shows before it says how many more there are. */
  private static final int NODES_SHOWN = 3;

  private FindingTable() {}

  /** The table of {@code findings}. */
  static String of(List<Finding> findings) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SEVERITY", "CODE", "NODES", "MESSAGE"});
    for (Finding finding : findings) {
      rows.add(
          new String[] {
            finding.severity().name().toLowerCase(Locale.ROOT),
            finding.code().name(),
            nodes(finding.nodes()),
            Problems.oneLine(finding.message())
          });
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    if (!findings.isEmpty()) {
      for (String[] row : rows) {
        for (int i = 0; i < widths.length; i++) {
          out.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
        }
        out.append(row[3]).append('\n');
      }
    }
    return out.append(summary(findings)).append('\n').toString();
  }

  private static String nodes(List<String> nodes) {
    if (nodes.isEmpty()) {
      return "-";
    }
    if (nodes.size() <= NODES_SHOWN) {
      return Problems.oneLine(String.join(",", nodes));
    }
    return Problems.oneLine(String.join(",", nodes.subList(0, NODES_SHOWN)))
        + ",+"
        + (nodes.size() - NODES_SHOWN);
  }

  private static String summary(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long count = findings.stream().filter(f -> f.severity() == severity).count();
      String name = severity.name().toLowerCase(Locale.ROOT);
      counts.add(count + " " + (count == 1 ? name : name + (severity == Severity.INFO ? "" : "s")));
    }
    return String.join(", ", counts);
  }
}
