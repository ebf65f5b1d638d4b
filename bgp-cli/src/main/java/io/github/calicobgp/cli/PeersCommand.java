package io.github.calicobgp.cli;

import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp peers --node NAME}: the BGP peers confd configures on one node. */
@Command(
    name = "peers",
    description = {
      "Lists the BGP peers that confd configures on NODE, in the order of the BIRD files:"
          + " IPv4 first, each family sorted by protocol name. Mesh peers, global and"
          + " node-specific BGPPeers, reverse peerings and local workload peers are all listed."
    })
final class PeersCommand extends CliCommand {

  @Option(names = "--node", required = true, paramLabel = "NAME", description = "The node.")
  private String node = "";

  @Mixin private OutputOption output = new OutputOption();

  @Parameters(paramLabel = "FILE", arity = "0..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  @Override
  int run() {
    NodePlan plan = new PeeringEngine().plan(snapshot(files, datastore), node);
    switch (output.format) {
      case TABLE -> table(plan);
      case JSON -> StructuredOutput.printJson(document(plan), out());
      case YAML -> StructuredOutput.printYaml(document(plan), out());
    }
    out().flush();
    return 0;
  }

  private void table(NodePlan plan) {
    if (plan.peers().isEmpty()) {
      out().println(HumanText.escape("Node " + plan.nodeName() + " has no BGP peers."));
      return;
    }
    TextTable table = new TextTable(PeerView.COLUMNS);
    plan.peers().forEach(p -> table.add(PeerView.cells(p)));
    table.print(out());
  }

  private static Map<String, Object> document(NodePlan plan) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("node", plan.nodeName());
    doc.put("asNumber", plan.asNumber().value());
    doc.put("routeReflectorClusterID", plan.routeReflectorClusterId());
    doc.put("peers", plan.peers().stream().map(PeerView::fields).toList());
    return doc;
  }
}
