package io.github.calicobgp.cli;

import io.github.calicobgp.peering.diagnostics.Diagnostics;
import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.Severity;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp check [--output table|json] FILE...}: what is wrong with the peering. */
@Command(
    name = "check",
    description = {
      "Analyses the peering of the whole cluster before it is applied: sessions whose two ends"
          + " disagree (half-open, AS numbers, passwords, ports, both passive), isolated nodes"
          + " and split clusters, route-reflector designs without clients, redundancy or"
          + " reflection, iBGP/eBGP mix-ups, BGPPeers that select nothing or conflict, missing"
          + " BGPFilters and Secrets, duplicate or missing node addresses, and meshes too large.",
      "Prints one finding per line (severity, stable code, nodes, message) and a count, or a"
          + " JSON array with --output json. Exits with 1 when a finding is an error, so that"
          + " it can gate a CI pipeline, and with 0 otherwise (warnings and information only)."
    })
final class CheckCommand extends CliCommand {

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (the default) or json.")
  private String output = "table";

  @Parameters(paramLabel = "FILE", arity = "1..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Override
  int run() {
    boolean json =
        switch (output) {
          case "table" -> false;
          case "json" -> true;
          default ->
              throw new ParameterException(
                  spec.commandLine(), "--output must be table or json, not '" + output + "'");
        };
    List<Finding> findings = Diagnostics.of(plan(files));
    out().print(json ? FindingJson.of(findings) : FindingTable.of(findings));
    out().flush();
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
  }
}
