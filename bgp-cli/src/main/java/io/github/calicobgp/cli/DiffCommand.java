package io.github.calicobgp.cli;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.bird.diff.BirdConfigDiff;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.diff.PlanDiff;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp diff OLD_FILE... --against NEW_FILE...}: what a change does to sessions. */
@Command(
    name = "diff",
    description = {
      "Compares two revisions of a cluster: OLD_FILE... is the current one, the files after"
          + " --against the new one (put --against after the old files).",
      "Prints the sessions added (+), removed (-) and changed (~, with the settings that"
          + " changed), a warning for every node that would lose all its sessions if the change"
          + " were applied in one step (apply the new peerings first), and then, per node, a"
          + " unified diff of the BIRD files calico-node would write. Exits with 0 whether or not"
          + " the revisions differ."
    })
final class DiffCommand extends CliCommand {

  @Parameters(
      paramLabel = "OLD_FILE",
      arity = "1..*",
      description = "The current revision: " + InputFiles.DESCRIPTION)
  private List<String> before = List.of();

  @Option(
      names = "--against",
      paramLabel = "NEW_FILE",
      arity = "1..*",
      required = true,
      description = "The new revision: " + InputFiles.DESCRIPTION)
  private List<String> after = List.of();

  @Option(names = "--sessions-only", description = "Leave out the diffs of the BIRD files.")
  private boolean sessionsOnly;

  @Override
  int run() {
    ClusterPlan old = plan(before);
    ClusterPlan now = plan(after);
    out().print(PlanDiffText.of(PlanDiff.between(old, now)));
    if (!sessionsOnly) {
      BirdRenderer renderer = new BirdRenderer();
      TreeSet<String> nodes = new TreeSet<>(old.snapshot().nodeNames());
      nodes.addAll(now.snapshot().nodeNames());
      StringBuilder files = new StringBuilder();
      for (String node : nodes) {
        files.append(
            BirdConfigDiff.of(
                node, render(renderer, old.node(node)), render(renderer, now.node(node))));
      }
      if (!files.isEmpty()) {
        out().print("\n" + files);
      }
    }
    out().flush();
    return 0;
  }

  private static @Nullable BirdConfig render(BirdRenderer renderer, Optional<NodePlan> plan) {
    return plan.map(renderer::render).orElse(null);
  }
}
