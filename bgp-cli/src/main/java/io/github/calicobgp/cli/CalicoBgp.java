package io.github.calicobgp.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
  private final Map<String, String> env;

  @Spec private CommandSpec spec;

  /** The command reading {@code -} from the process's standard input. */
  public CalicoBgp() {
    this(System.in);
  }

  /** The command reading {@code -} from {@code stdin}. */
  public CalicoBgp(InputStream stdin) {
    this(stdin, System.getenv());
  }

  /**
   * The command reading {@code -} from {@code stdin} and calico-node's variables from {@code
   * env}.
   *
   * @param stdin where {@code -} is read from
   * @param env the environment ({@code NODENAME}, {@code DATASTORE_TYPE}, ...)
   */
  public CalicoBgp(InputStream stdin, Map<String, String> env) {
    this.stdin = stdin;
    this.env = Map.copyOf(env);
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new CalicoBgp()).execute(args));
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Where FILE arguments of {@code -} are read from. */
  InputStream stdin() {
    return stdin;
  }

  /** The environment the agent reads calico-node's variables from. */
  Map<String, String> env() {
    return env;
  }
}
