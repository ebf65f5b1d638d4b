package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.selector.Selector;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp select SELECTOR FILE...}: which Nodes a selector matches. */
@Command(
    name = "select",
    description = {
      "Prints the names of the Calico Nodes (projectcalico.org/v3 Node) in the files whose labels"
          + " match SELECTOR, one per line, in the order the files list them.",
      "An invalid selector is reported with the position of the error and exits with 1."
    })
final class SelectCommand extends CliCommand {

  @Parameters(
      index = "0",
      paramLabel = "SELECTOR",
      description = "A Calico label selector, e.g. 'rack == \"r1\" && has(route-reflector)'.")
  private String selector = "";

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Override
  int run() {
    Selector parsed = Selector.parse(selector);
    ResourceSet resources = read(files);
    for (Node node : resources.ofType(Node.class)) {
      if (parsed.matches(node.metadata().labels())) {
        out().println(HumanText.escape(node.metadata().nameOrEmpty()));
      }
    }
    out().flush();
    return 0;
  }
}
