package io.github.calicobgp.cli;

import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code check} prints findings: a table for people (severity, code, nodes, message, then a
 * count of each severity), or a document for JSON and YAML.
 */
final class FindingTable {

  /** The most node names a row shows before it says how many more there are. */
  private static final int NODES_SHOWN = 3;

  private FindingTable() {}

  /** Prints the table of {@code findings}, or just the count when there are none. */
  static void print(List<Finding> findings, PrintWriter out) {
    if (!findings.isEmpty()) {
      TextTable table = new TextTable(List.of("SEVERITY", "CODE", "NODES", "MESSAGE"));
      for (Finding finding : findings) {
        table.add(
            List.of(
                severity(finding.severity()),
                finding.code().name(),
                nodes(finding.nodes()),
                Problems.oneLine(finding.message())));
      }
      table.print(out);
    }
    out.println(summary(findings));
  }

  /** The findings as a list of maps with code, severity, message, nodes and resources. */
  static List<Object> document(List<Finding> findings) {
    List<Object> document = new ArrayList<>();
    for (Finding finding : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", finding.code().name());
      m.put("severity", severity(finding.severity()));
      m.put("message", finding.message());
      m.put("nodes", finding.nodes());
      m.put("resources", finding.resources());
      document.add(m);
    }
    return document;
  }

  private static String severity(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static String nodes(List<String> nodes) {
    if (nodes.isEmpty()) {
      return "-";
    }
    String shown = String.join(",", nodes.subList(0, Math.min(NODES_SHOWN, nodes.size())));
    return Problems.oneLine(shown)
        + (nodes.size() > NODES_SHOWN ? ",+" + (nodes.size() - NODES_SHOWN) : "");
  }

  private static String summary(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long count = findings.stream().filter(f -> f.severity() == severity).count();
      String name = severity(severity);
      boolean plural = count != 1 && severity != Severity.INFO;
      counts.add(count + " " + (plural ? name + "s" : name));
    }
    return String.join(", ", counts);
  }
}
