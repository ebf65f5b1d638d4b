package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.selector.SelectorParseException;
import io.github.calicobgp.api.validation.ValidationException;
import io.github.calicobgp.bird.BirdRenderException;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.DuplicateResourceException;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.UnknownNodeException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@link CalicoBgp}, and the one place where failures become messages and exit
 * codes: 0 success, 1 invalid input (one line per problem on stderr), 2 usage error (picocli's own
 * handling), 70 internal error. Subcommands implement {@link #run()} and let exceptions out.
 */
abstract class CliCommand implements Callable<Integer> {

  static final int INVALID_INPUT = 1;
  static final int INTERNAL_ERROR = 70;

  @Spec CommandSpec spec;

  @ParentCommand CalicoBgp root;

  /** The resources {@link #read} read last, to explain a failure about them. */
  private @Nullable ResourceSet input;

  /** Does the command's work and returns its exit code (0 unless it decides otherwise). */
  abstract int run();

  /** Runs {@link #run()} and turns every failure into messages on stderr and an exit code. */
  @Override
  public final Integer call() {
    try {
      return run();
    } catch (ParameterException e) {
      throw e;
    } catch (ManifestException e) {
      e.problems().forEach(p -> err().println(Problems.line(p)));
    } catch (InvalidInputException e) {
      e.lines().forEach(l -> err().println(HumanText.escape(l)));
    } catch (SelectorParseException e) {
      Problems.selector(e).forEach(err()::println);
    } catch (ValidationException e) {
      e.violations().forEach(v -> err().println(HumanText.escape(v.toString())));
    } catch (DuplicateResourceException e) {
      // Where both were read, the same located line as validate's.
      if (input != null && input.locationOf(e.second()).isPresent()) {
        err().println(Problems.duplicate(input, e.second(), e.first()));
      } else {
        err().println(HumanText.escape(e.getMessage()));
      }
    } catch (BirdRenderException e) {
      err().println(Problems.line(input, e));
    } catch (UnknownNodeException e) {
      err().println(UnknownNodeMessage.line(input, e));
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow is a bug too (input is bounded before it is read): one line, no trace.
      err().println(HumanText.escape("calico-bgp: internal error: " + e));
      if (System.getenv("CALICO_BGP_DEBUG") != null) {
        e.printStackTrace(err());
      } else {
        err().println("calico-bgp: set CALICO_BGP_DEBUG=1 to see where it happened");
      }
      err().flush();
      return INTERNAL_ERROR;
    }
    err().flush();
    return INVALID_INPUT;
  }

  /** Reads the FILE arguments ({@code -} for standard input) into one set, in order. */
  final ResourceSet read(List<String> files) {
    input = InputFiles.read(files, root.stdin(), root.readOptions());
    return input;
  }

  /**
   * Reads the FILE arguments or, when there are none, the datastore {@code datastore}
   * describes (listed once, in sync, then closed).
   */
  final ResourceSet read(List<String> files, DatastoreOptions datastore) {
    var config = datastore.config(files, root.environment());
    if (config.isEmpty()) {
      return read(files);
    }
    input = DatastoreInput.read(config.get(), root.kubernetesSettings(),
        java.time.Duration.ofSeconds(datastore.syncTimeoutSeconds), err());
    return input;
  }

  /**
   * Reads the FILE arguments or the datastore into a snapshot, in the stored form of the
   * datastore chosen ({@link DatastoreOptions#storedForm}).
   */
  final ClusterSnapshot snapshot(List<String> files, DatastoreOptions datastore) {
    ResourceSet resources = read(files, datastore);
    return ClusterSnapshot.of(
        resources, datastore.storedForm(datastore.config(files, root.environment())));
  }

  /** Reads the FILE arguments or the datastore, and plans every node. */
  final ClusterPlan plan(List<String> files, DatastoreOptions datastore) {
    return new PeeringEngine().planAll(snapshot(files, datastore));
  }

  /**
   * Reads the FILE arguments and plans every node with {@code options}, in the stored form of
   * {@code datastore}'s choice ({@code --datastore} only chooses the stored form here).
   */
  final ClusterPlan plan(List<String> files, PeeringOptions options, DatastoreOptions datastore) {
    return new PeeringEngine(options).planAll(
        ClusterSnapshot.of(read(files), datastore.storedForm(java.util.Optional.empty())));
  }

  /** The resources {@link #read} read last, or null before the first read. */
  final @Nullable ResourceSet input() {
    return input;
  }

  /** The command's standard output. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The command's standard error. */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
