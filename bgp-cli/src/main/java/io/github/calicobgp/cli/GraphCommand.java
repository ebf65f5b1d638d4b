package io.github.calicobgp.cli;

import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.graph.GraphFormat;
import io.github.calicobgp.peering.graph.Topology;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp graph [--format mermaid|dot] FILE...}: a picture of the sessions. */
@Command(
    name = "graph",
    description = {
      "Prints the BGP sessions of the cluster as a graph: route reflectors grouped by cluster"
          + " id, the other Calico nodes, external peers and local workloads; one edge per pair"
          + " of speakers, labelled RR, iBGP or eBGP (and the family when not all are used);"
          + " half-open sessions dashed and red.",
      "--format mermaid (the default) prints a Mermaid flowchart for Markdown; --format dot a"
          + " Graphviz graph, e.g. for: calico-bgp graph --format dot FILE | dot -Tpng -o g.png"
    })
final class GraphCommand extends CliCommand {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "mermaid (default) or dot.",
      converter = GraphFormatConverter.class)
  private GraphFormat format = GraphFormat.MERMAID;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  @Override
  int run() {
    out().print(format.write(Topology.of(plan(files, datastore))));
    out().flush();
    return 0;
  }
}
