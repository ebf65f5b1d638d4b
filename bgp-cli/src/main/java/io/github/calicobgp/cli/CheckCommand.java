package io.github.calicobgp.cli;

import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.bird.RenderableValues;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.diagnostics.Diagnostics;
import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp check [-o table|json|yaml] FILE...}: what is wrong with the peering. */
@Command(
    name = "check",
    description = {
      "Analyses the peering of the whole cluster before it is applied: sessions whose two ends"
          + " disagree (half-open, AS numbers, passwords, ports, both passive), isolated nodes"
          + " and split clusters, route-reflector designs without clients, redundancy or"
          + " reflection, iBGP/eBGP mix-ups, BGPPeers that select nothing, conflict or that confd"
          + " drops, missing BGPFilters and Secrets, duplicate, missing or unusable node"
          + " addresses, values render would refuse, and meshes too large.",
      "Prints one finding per line (severity, stable code, nodes, message) and a count, or a JSON"
          + " or YAML list with -o json or -o yaml. Exits with 1 when a finding is an error, so"
          + " that it can gate a CI pipeline, and with 0 otherwise (warnings and information only)."
    },
    exitCodeList = {
      "0:no finding is an error (warnings and information only)",
      "1:a finding is an error, or the input is invalid (the problems on stderr)",
      "2:usage error",
      "70:internal error (a bug in calico-bgp; please report it)"
    })
final class CheckCommand extends CliCommand {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "table (default), json or yaml.",
      converter = OutputFormatConverter.class)
  private OutputFormat output = OutputFormat.TABLE;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  @Override
  int run() {
    ClusterPlan plan = plan(files, datastore);
    List<Finding> findings = new ArrayList<>(Diagnostics.of(plan));
    // What render would refuse, found with the renderer's own checks, before anyone renders.
    findings.addAll(RenderableValues.findings(plan));
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code));
    switch (output) {
      case TABLE -> FindingTable.print(findings, out());
      case JSON -> StructuredOutput.printJson(FindingTable.document(findings), out());
      case YAML -> StructuredOutput.printYaml(FindingTable.document(findings), out());
    }
    out().flush();
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
  }
}
