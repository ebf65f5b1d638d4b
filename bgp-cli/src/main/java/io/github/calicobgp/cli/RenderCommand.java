package io.github.calicobgp.cli;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderException;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calico-bgp render}: the six BIRD files calico-node would write for one node. */
@Command(
    name = "render",
    description = {
      "Computes NODE's BGP peers as confd does and writes the six BIRD configuration files"
          + " calico-node would run: bird.cfg, bird6.cfg, bird_ipam.cfg, bird6_ipam.cfg,"
          + " bird_aggr.cfg and bird6_aggr.cfg, byte for byte as Calico renders them.",
      "Unlike Calico, values that would make the files unsafe or invalid for BIRD (a quote in"
          + " a password, a malformed interface pattern, a missing router id, ...) are"
          + " rejected with an error naming the field; nothing is written then."
    })
final class RenderCommand extends CliCommand {

  @Option(
      names = "--node",
      required = true,
      paramLabel = "NAME",
      description = "The node to render for (confd's NODENAME).")
  private String node = "";

  @Mixin private RouterIdOption routerId = new RouterIdOption();

  @ArgGroup(multiplicity = "1")
  private Destination destination = new Destination();

  @Parameters(paramLabel = "FILE", arity = "0..*", description = InputFiles.DESCRIPTION)
  private List<String> files = List.of();

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  /** Where the files go: a directory, or standard output. */
  static final class Destination {
    @Option(
        names = "--output-dir",
        paramLabel = "DIR",
        description =
            "Write the six files into DIR (all of them or none), creating DIR and its parents"
                + " when missing.")
    Path outputDir;

    @Option(
        names = "--stdout",
        description = "Print the six files on standard output, each after a '==> NAME <==' line.")
    boolean stdout;
  }

  @Override
  int run() {
    ClusterSnapshot snapshot = snapshot(files, datastore);
    NodePlan plan = new PeeringEngine(routerId.peeringOptions()).plan(snapshot, node);
    BirdConfig config;
    try {
      config = new BirdRenderer().render(plan);
    } catch (BirdRenderException e) {
      throw new InvalidInputException(List.of(Problems.line(input(), snapshot, e, node)));
    }
    if (destination.stdout) {
      print(config);
    } else {
      write(config, destination.outputDir);
    }
    return 0;
  }

  private void print(BirdConfig config) {
    for (Map.Entry<String, String> file : config.files().entrySet()) {
      out().println("==> " + file.getKey() + " <==");
      out().print(file.getValue());
    }
    out().flush();
  }

  /**
   * Writes the files into {@code dir}, first creating it and its missing parents as
   * {@code mkdir -p} does (like helm template and kustomize). Called only once rendering has
   * succeeded, so input that cannot be rendered leaves no directory behind.
   */
  private static void write(BirdConfig config, Path dir) {
    String problem = "cannot write the BIRD files: ";
    Path blocker = fileInTheWay(dir);
    if (blocker != null) {
      throw new InvalidInputException(dir + ": " + problem
          + (blocker.equals(dir) ? "" : blocker + " ") + "is a file, not a directory");
    }
    try {
      Files.createDirectories(dir);
      config.writeTo(dir);
    } catch (IOException e) {
      throw new InvalidInputException(dir + ": " + problem + describe(e));
    }
  }

  /** {@code dir} or its nearest existing ancestor when that is not a directory, else null. */
  private static @Nullable Path fileInTheWay(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : p;
      }
    }
    return null;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
