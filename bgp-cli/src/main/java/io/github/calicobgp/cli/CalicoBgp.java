package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ReadOptions;
import io.github.calicobgp.kubernetes.KubernetesSettings;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code calico-bgp} command. Each subcommand is a class of its own, extending {@link
 * CliCommand} (which owns error handling and exit codes), listed once below.
 */
@Command(
    name = "calico-bgp",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    // Subcommands inherit --help, --version and the exit code list.
    scope = ScopeType.INHERIT,
    description =
        "Reads Calico's projectcalico.org/v3 BGP resources and checks, explains and renders"
            + " the BGP peering they define.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input: the problems are printed on stderr, one per line, as file:line:"
          + " Kind/name: field: message",
      "2:usage error",
      "70:internal error (a bug in calico-bgp; please report it)"
    },
    subcommands = {
      ValidateCommand.class,
      SelectCommand.class,
      RenderCommand.class,
      PeersCommand.class,
      SessionsCommand.class,
      CheckCommand.class,
      GraphCommand.class,
      DiffCommand.class,
      AgentCommand.class,
    })
public final class CalicoBgp implements Callable<Integer> {

  static {
    // Hibernate Validator logs through jboss-logging, which would fall back to java.util.logging
    // and print to stderr; route it to SLF4J, which the CLI binds to a no-op logger.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  private final InputStream stdin;
  private final Map<String, String> environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--use-pod-cidr",
      scope = ScopeType.INHERIT,
      description =
          "Read Kubernetes Nodes as calico-node does with USE_POD_CIDR=true (host-local IPAM):"
              + " the IPIP tunnel address comes from spec.podCIDR, each node's blocks are its"
              + " pod CIDRs, and BlockAffinity resources are ignored.")
  private boolean usePodCIDR;

  /** The command reading {@code -} from the process's standard input. */
  public CalicoBgp() {
    this(System.in);
  }

  /**
   * The command reading {@code -} from {@code stdin}.
   *
   * @param stdin the stream that a {@code -} file argument reads
   */
  public CalicoBgp(InputStream stdin) {
    this(stdin, System.getenv());
  }

  /**
   * The command reading {@code -} from {@code stdin}, and its datastore defaults ({@code
   * DATASTORE_TYPE}, {@code ETCD_ENDPOINTS}, ...) and the agent's calico-node variables ({@code
   * NODENAME}, ...) from {@code environment}.
   *
   * @param stdin where {@code -} is read from
   * @param environment the environment variables
   */
  public CalicoBgp(InputStream stdin, Map<String, String> environment) {
    this.stdin = stdin;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the command line's arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new CalicoBgp()).execute(args));
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** How FILE arguments are read: Calico's {@code usePodCIDR} for Kubernetes Nodes. */
  ReadOptions readOptions() {
    return ReadOptions.DEFAULT.withUsePodCIDR(usePodCIDR);
  }

  /**
   * How the Kubernetes datastore is read: calico-node's environment ({@code NAMESPACE}, {@code
   * USE_POD_CIDR}...), and {@code --use-pod-cidr}.
   */
  KubernetesSettings kubernetesSettings() {
    KubernetesSettings settings = KubernetesSettings.fromEnvironment(environment);
    return usePodCIDR ? settings.withUsePodCIDR(true) : settings;
  }

  /** Where FILE arguments of {@code -} are read from. */
  InputStream stdin() {
    return stdin;
  }

  /** The environment the datastore options default to. */
  Map<String, String> environment() {
    return environment;
  }
}
