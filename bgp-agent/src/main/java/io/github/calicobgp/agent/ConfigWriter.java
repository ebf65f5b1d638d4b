package io.github.calicobgp.agent;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderException;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a configuration directory up to date with one node plan: render, compare bytes, check
 * the new set in a staging directory of its own, swap the changed files in all or nothing, and
 * run each reload command once. Every failure keeps the files that were there.
 */
final class ConfigWriter {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigWriter.class);

  private final AgentSettings settings;
  private final BirdRenderer renderer = new BirdRenderer();

  ConfigWriter(AgentSettings settings) {
    this.settings = settings;
  }

  /**
   * Writes {@code plan}'s files where they differ.
   *
   * @param plan the node's current plan
   * @param snapshot the cluster the plan was made from, to say where a refused value was written
   * @return what happened
   * @throws InterruptedException if stopped while a command ran; nothing was swapped then
   */
  WriteOutcome write(NodePlan plan, ClusterSnapshot snapshot) throws InterruptedException {
    BirdConfig config;
    try {
      config = renderer.render(plan);
    } catch (BirdRenderException e) {
      // Kind/name: field: message, as the CLI words it for a resource read without a file.
      String located = e.originIn(snapshot, plan.nodeName())
          .map(origin -> origin + ": " + e.detail()).orElse(e.getMessage());
      return WriteOutcome.failed(WriteOutcome.Result.RENDER_FAILED, located);
    }
    Path dir = settings.configDir();
    List<String> changed;
    try {
      changed = config.changedFiles(dir);
    } catch (IOException e) {
      return WriteOutcome.failed(WriteOutcome.Result.WRITE_FAILED, describe(dir, e));
    }
    if (changed.isEmpty()) {
      return new WriteOutcome(WriteOutcome.Result.UNCHANGED, List.of(), "", 0, 0);
    }
    boolean v4 = changed.stream().anyMatch(name -> !isIpv6(name));
    boolean v6 = changed.stream().anyMatch(ConfigWriter::isIpv6);
    @Nullable String refusal = check(config, v4, v6);
    if (refusal != null) {
      return WriteOutcome.failed(WriteOutcome.Result.CHECK_FAILED, refusal);
    }
    List<String> written;
    try {
      written = config.writeChangedTo(dir);
    } catch (IOException e) {
      return WriteOutcome.failed(WriteOutcome.Result.WRITE_FAILED, describe(dir, e));
    }
    int reloads = 0;
    int failed = 0;
    if (v4 && !settings.reloadCommand().disabled()) {
      reloads++;
      failed += reload(settings.reloadCommand(), dir.resolve("bird.cfg")) ? 0 : 1;
    }
    if (v6 && !settings.reload6Command().disabled()) {
      reloads++;
      failed += reload(settings.reload6Command(), dir.resolve("bird6.cfg")) ? 0 : 1;
    }
    return new WriteOutcome(WriteOutcome.Result.WRITTEN, written, "", reloads, failed);
  }

  /** Runs the checks in a fresh directory holding all six new files; null when they pass. */
  private @Nullable String check(BirdConfig config, boolean v4, boolean v6) throws InterruptedException {
    boolean run4 = v4 && !settings.checkCommand().disabled();
    boolean run6 = v6 && !settings.check6Command().disabled();
    if (!run4 && !run6) {
      return null;
    }
    Path staging;
    try {
      staging = Files.createTempDirectory("calico-bgp-check-");
    } catch (IOException e) {
      return "cannot create a staging directory to check in: " + e.getMessage();
    }
    try {
      config.writeTo(staging);
      // bird -p resolves include "bird_ipam.cfg" against its working directory: run it there.
      if (run4) {
        @Nullable String refusal = check(settings.checkCommand(), staging.resolve("bird.cfg"), staging);
        if (refusal != null) {
          return refusal;
        }
      }
      return run6 ? check(settings.check6Command(), staging.resolve("bird6.cfg"), staging) : null;
    } catch (IOException e) {
      return "cannot stage the files to check them: " + e.getMessage();
    } finally {
      deleteTree(staging);
    }
  }

  private @Nullable String check(ShellCommand command, Path file, Path staging)
      throws InterruptedException {
    ShellCommand.Result result = command.run(file, staging, settings.commandTimeout());
    if (result.ok()) {
      return null;
    }
    return "'"
        + command.line(file)
        + "' exited "
        + result.exitCode()
        + (result.output().isEmpty() ? "" : ": " + result.output());
  }

  private boolean reload(ShellCommand command, Path file) throws InterruptedException {
    ShellCommand.Result result = command.run(file, settings.configDir(), settings.commandTimeout());
    if (!result.ok()) {
      LOG.warn(
          "event=reload_failed node={} command=\"{}\" exit={} output=\"{}\"",
          settings.nodeName(),
          command.line(file),
          result.exitCode(),
          oneLine(result.output()));
    }
    return result.ok();
  }

  static boolean isIpv6(String fileName) {
    return fileName.startsWith("bird6");
  }

  /** Log values stay on one line, so that every log record is one line. */
  static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String describe(Path dir, IOException e) {
    return dir + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("event=staging_not_deleted dir={} error=\"{}\"", dir, oneLine(e.toString()));
    }
  }
}
