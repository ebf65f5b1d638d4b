package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderException;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.bird.diff.BirdConfigDiff;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.diff.PlanDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp diff OLD_FILE... --against NEW_FILE...}: what a change does to sessions. */
@Command(
    name = "diff",
    description = {
      "Compares two revisions of a cluster: OLD_FILE... is the current one, the files after"
          + " --against the new one (put --against after the old files).",
      "Prints the nodes added (+), removed (-) and whose own values changed (~, one line per"
          + " value: log level, router id, pools, blocks, communities, routes...), the sessions"
          + " added (+), removed (-) and changed (~, with the settings that"
          + " changed), a warning for every node that would lose all its sessions if the change"
          + " were applied in one step (apply the new peerings first), and then, per node, a"
          + " unified diff of the BIRD files calico-node would write. Exits with 0 whether or not"
          + " the revisions differ, and with 1 when the new revision cannot be rendered for a node"
          + " (its files are then not compared; the reason is printed in their place and on"
          + " stderr)."
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

  @Mixin private RouterIdOption routerId = new RouterIdOption();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  @Override
  int run() {
    PeeringOptions options = routerId.peeringOptions();
    ClusterPlan old = plan(before, options, datastore);
    ClusterPlan now = plan(after, options, datastore);
    ResourceSet newRevision = input();
    out().print(PlanDiffText.of(PlanDiff.between(old, now)));
    List<String> unrenderable = new ArrayList<>();
    if (!sessionsOnly) {
      BirdRenderer renderer = new BirdRenderer();
      TreeSet<String> nodes = new TreeSet<>(old.snapshot().nodeNames());
      nodes.addAll(now.snapshot().nodeNames());
      StringBuilder files = new StringBuilder();
      for (String node : nodes) {
        Rendered was = Rendered.of(renderer, old.node(node));
        Rendered is = Rendered.of(renderer, now.node(node));
        if (was.problem() == null && is.problem() == null) {
          // Escaped line by line: the headers hold the node's name.
          BirdConfigDiff.of(node, was.config(), is.config()).lines()
              .forEach(line -> files.append(HumanText.escape(line)).append('\n'));
        } else {
          files.append(notCompared(node, was, is));
          if (is.problem() != null) {
            String located = Problems.line(newRevision, now.snapshot(), is.error(), node);
            unrenderable.add(located.startsWith("calico-bgp: ")
                ? Problems.oneLine("calico-bgp: the new revision cannot be rendered for node "
                    + node + ": " + is.problem())
                : located + " (the new revision cannot be rendered for node " + node + ")");
          }
        }
      }
      if (!files.isEmpty()) {
        out().print("\n" + files);
      }
    }
    out().flush();
    if (!unrenderable.isEmpty()) {
      throw new InvalidInputException(unrenderable);
    }
    return 0;
  }

  /** The line that stands for a node's file diffs when a revision cannot be rendered for it. */
  private static String notCompared(String node, Rendered was, Rendered is) {
    return Problems.oneLine("! " + node + ": BIRD files not compared: "
        + (was.problem() == null ? "" : "the old revision cannot be rendered (" + was.problem()
            + ")" + (is.problem() == null ? "" : "; "))
        + (is.problem() == null ? "" : "the new revision cannot be rendered (" + is.problem()
            + ")")) + "\n";
  }

  /** A node's files in one revision: none when it has no such node, or why they cannot be. */
  private record Rendered(@Nullable BirdConfig config, @Nullable BirdRenderException error) {
    static Rendered of(BirdRenderer renderer, Optional<NodePlan> plan) {
      try {
        return new Rendered(plan.map(renderer::render).orElse(null), null);
      } catch (BirdRenderException e) {
        return new Rendered(null, e);
      }
    }

    /** Why the files cannot be rendered, or null. */
    @Nullable String problem() {
      return error == null ? null : error.getMessage();
    }
  }
}
