package io.github.calicobgp.kubernetes.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.cli.CalicoBgp;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command that reads resources answers from the Kubernetes datastore ({@code --datastore
 * kubernetes --kubeconfig FILE}) as from the same objects in a file; the API server is fabric8's
 * mock server in CRUD mode, the stand-in for a real one.
 */
class CommandsOnKubernetesTest {

  private static final List<List<String>> COMMANDS = List.of(
      List.of("check"), List.of("check", "-o", "json"), List.of("sessions"),
      List.of("peers", "--node", "rr-1"), List.of("render", "--node", "node-2", "--stdout"),
      List.of("graph"), List.of("graph", "--format", "dot"), List.of("validate"));

  @TempDir static Path dir;
  private static MockApiServer api;
  private static Path yaml;
  private static Path kubeconfig;

  /** What one run did. */
  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void fill() throws Exception {
    api = new MockApiServer();
    String cluster = Cluster.yaml();
    api.apply(cluster);
    yaml = dir.resolve("cluster.yaml");
    Files.writeString(yaml, cluster);
    kubeconfig = api.kubeconfig(dir);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Result run(Map<String, String> env, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CalicoBgp(new ByteArrayInputStream(new byte[0]), env));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  private static List<String> args(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void everyCommandAnswersFromTheKubernetesDatastoreAsFromTheSameObjectsInAFile() {
    for (List<String> command : COMMANDS) {
      Result fromFile = run(Map.of(), args(command, yaml.toString()));
      Result fromApi = run(Map.of(), args(command, "--datastore", "kubernetes", "--kubeconfig",
          kubeconfig.toString()));
      assertThat(fromApi).as("%s", command).isEqualTo(fromFile);
      assertThat(fromFile.exitCode()).as("%s", command).isIn(0, 1);
      if (!command.get(0).equals("validate")) {
        assertThat(fromFile.out()).as("%s", command).isNotEmpty();
      }
    }
  }

  @Test
  void theEnvironmentChoosesTheDatastoreAsForCalicoctl() {
    Result fromFile = run(Map.of(), List.of("check", yaml.toString()));
    Result fromEnv = run(Map.of("DATASTORE_TYPE", "kubernetes", "KUBECONFIG", kubeconfig.toString()),
        List.of("check"));
    assertThat(fromEnv).isEqualTo(fromFile);
  }

  @Test
  void anUnreachableApiServerIsOneLineAndExitCodeOne() throws Exception {
    Path bad = dir.resolve("unreachable");
    Files.writeString(bad, Files.readString(kubeconfig).replace(api.url(), "http://127.0.0.1:9"));
    Result result = run(Map.of(), List.of("check", "--datastore", "kubernetes", "--kubeconfig",
        bad.toString()));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("calico-bgp: kubernetes http://127.0.0.1:9")
        .contains("cannot read").hasLineCount(1);
  }

  @Test
  void aMissingKubeconfigIsOneLineAndExitCodeOne() {
    Result result = run(Map.of(), List.of("sessions", "--datastore", "kubernetes", "--kubeconfig",
        dir.resolve("nothing-here").toString()));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("calico-bgp: kubeconfig " + dir.resolve("nothing-here")
        + ": no such file\n");
  }
}
