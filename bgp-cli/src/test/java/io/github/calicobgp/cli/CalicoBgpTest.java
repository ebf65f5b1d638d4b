package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.peering.DuplicateResourceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CalicoBgpTest {

  private static String goodInput(String name) {
    try {
      return Path.of(CalicoBgpTest.class.getResource("/good-input/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result result = Cli.run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("validate", "select", "Exit codes:", "70");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Cli.Result result = Cli.run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("calico-bgp ")
        .doesNotContain("${")
        .doesNotContain("unknown");
  }

  @Test
  void aMissingSubcommandIsAUsageError() {
    Cli.Result result = Cli.run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required subcommand", "Usage:");
  }

  @Test
  void unknownOptionsAndMissingFilesAreUsageErrors() {
    assertThat(Cli.run("validate", "--frobnicate", "x.yaml").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    assertThat(Cli.run("select", "all()").exitCode()).isEqualTo(2);
  }

  @Test
  void validInputValidatesSilently() {
    Cli.Result result =
        Cli.run(
            "validate",
            goodInput("cluster.yaml"),
            goodInput("pools.json"),
            goodInput("kubernetes-kinds.yaml"));
    assertThat(result).isEqualTo(new Cli.Result(0, "", ""));
  }

  @Test
  void aFileThatDoesNotExistIsInvalidInput() {
    Cli.Result result = Cli.run("validate", "no/such/file.yaml");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("no/such/file.yaml:").contains("no such file");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void dashReadsStandardInput() {
    String pool =
        "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n"
            + "  cidr: 10.0.0.1/16\n";
    Cli.Result result = Cli.runWithStdin(pool, "validate", "-");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("-:6: IPPool/p: spec.cidr: IP pool CIDR is not strictly masked\n");
  }

  @Test
  void selectPrintsMatchingNodesInInputOrder() {
    Cli.Result result = Cli.run("select", "rack == 'r1'", goodInput("cluster.yaml"));
    assertThat(result).isEqualTo(new Cli.Result(0, "rr-1\nworker-1\n", ""));
    assertThat(Cli.run("select", "", goodInput("cluster.yaml")).out())
        .isEqualTo("rr-1\nworker-1\nworker-2\n");
  }

  @Test
  void anInvalidSelectorShowsWhereItFails() {
    Cli.Result result = Cli.run("select", "rack = 'r1'", goodInput("cluster.yaml"));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("invalid selector \"rack = 'r1'\": position 5: ")
        .endsWith("\n  rack = 'r1'\n       ^\n");
  }

  @Test
  void aSelectorWithALineBreakIsReportedOnOneLineWithItsCaret() {
    Cli.Result result = Cli.run("select", "a == \"x\" &&\nb", goodInput("cluster.yaml"));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines().toList())
        .containsExactly(
            "invalid selector \"a == \\\"x\\\" &&\\nb\": position 11: expected identifier",
            "  a == \"x\" &&?b",
            "             ^");
  }

  @Test
  void anUnexpectedExceptionIsAnInternalErrorWithoutAStackTrace() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CalicoBgp());
    cli.addSubcommand("boom", new Boom());
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("boom")).isEqualTo(70);
    assertThat(err.toString())
        .startsWith("calico-bgp: internal error: java.lang.IllegalStateException: boom\n")
        .doesNotContain("\tat ");
  }

  @Test
  void aDuplicateFoundByTheEngineIsInvalidInput() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CalicoBgp());
    cli.addSubcommand("dup", new Duplicate());
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("dup")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "duplicate resource: Node/a (at x.yaml:1:1) and Node/a (at x.yaml:9:1)"
                + " have the same kind, namespace and name\n");
  }

  @Test
  void aDuplicateReadFromFilesIsReportedAtItsLineByEveryCommand() throws URISyntaxException {
    String file = Path.of(CalicoBgpTest.class.getResource("/bad-input/duplicate-resource.yaml")
        .toURI()).toString();
    for (String command : new String[] {"check", "sessions", "graph"}) {
      Cli.Result result = Cli.run(command, file);
      assertThat(result.exitCode()).as(command).isEqualTo(1);
      assertThat(result.err()).as(command).isEqualTo(file + ":10: BGPPeer/peer-1: duplicate: the"
          + " same kind and name as the resource at " + file + ":2 (Calico would keep only one"
          + " of them)\n");
    }
  }

  /** A subcommand meeting two nodes of the same name, as the peering engine reports them. */
  @Command(name = "dup")
  static final class Duplicate extends CliCommand {
    @Override
    int run() {
      Node a = new Node(ObjectMeta.named("a"), NodeSpec.EMPTY);
      throw new DuplicateResourceException(a, a, "at x.yaml:1:1", "at x.yaml:9:1");
    }
  }

  /** A subcommand with a bug. */
  @Command(name = "boom")
  static final class Boom extends CliCommand {
    @Override
    int run() {
      throw new IllegalStateException("boom");
    }
  }
}
