package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that plan the cluster: {@code render}, {@code peers} and {@code sessions}. */
class ClusterCommandsTest {

  private static final List<String> BIRD_FILES =
      List.of("bird.cfg", "bird6.cfg", "bird_ipam.cfg", "bird6_ipam.cfg", "bird_aggr.cfg",
          "bird6_aggr.cfg");

  @TempDir Path tmp;

  private static String cluster(String name) {
    try {
      return Path.of(ClusterCommandsTest.class.getResource("/clusters/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void renderWritesTheSixFilesIntoTheDirectory() throws IOException {
    Cli.Result result =
        Cli.run("render", "--node", "node-c", "--output-dir", tmp.toString(), cluster("mesh.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(BIRD_FILES);
    }
    String bird = Files.readString(tmp.resolve("bird.cfg"));
    assertThat(bird)
        .contains("router id 10.0.0.3;")
        .contains("protocol bgp Mesh_10_0_0_1 from bgp_template {")
        .contains("protocol bgp Node_10_0_0_254 from bgp_template {")
        .contains("  neighbor 10.0.0.254 as 65001;");
    assertThat(Files.readString(tmp.resolve("bird6.cfg"))).contains("# IPv6 disabled on this node.");
  }

  @Test
  void renderToStdoutPrintsEachFileAfterAHeader() {
    Cli.Result result = Cli.run("render", "--node", "node-a", "--stdout", cluster("mesh.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> headers =
        result.out().lines().filter(l -> l.startsWith("==> ")).toList();
    assertThat(headers).containsExactlyElementsOf(
        BIRD_FILES.stream().map(f -> "==> " + f + " <==").toList());
  }

  @Test
  void renderTakesTheRouterIdFromTheOption() {
    assertThat(Cli.run("render", "--node", "node-a", "--router-id", "hash", "--stdout",
            cluster("mesh.yaml")).out())
        .doesNotContain("router id 10.0.0.1;")
        .containsPattern("router id \\d+\\.\\d+\\.\\d+\\.\\d+;");
    assertThat(Cli.run("render", "--node", "node-a", "--router-id", "192.0.2.7", "--stdout",
            cluster("mesh.yaml")).out())
        .contains("router id 192.0.2.7;");
  }

  @Test
  void aRouterIdThatIsNoIPv4AddressIsInvalidInput() {
    Cli.Result result = Cli.run("render", "--node", "node-a", "--router-id", "1.2.3.4; evil",
        "--stdout", cluster("mesh.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("router").doesNotContain("Exception");
  }

  @Test
  void renderNeedsADestination() {
    Cli.Result result = Cli.run("render", "--node", "node-a", cluster("mesh.yaml"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--output-dir", "--stdout");
  }

  @Test
  void anUnknownNodeIsInvalidInput() {
    Cli.Result result = Cli.run("render", "--node", "node-x", "--stdout", cluster("mesh.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("calico-bgp: no Node named \"node-x\" in the input");
  }

  @Test
  void aNodeConfdIgnoresIsExplainedWhereItIs() throws IOException {
    Path file = tmp.resolve("bad-address.yaml");
    Files.writeString(file, """
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: node-a
        spec:
          bgp:
            ipv4Address: 10.0.0.1/33
        """);

    for (String command : List.of("render", "peers")) {
      List<String> args = new ArrayList<>(List.of(command, "--node", "node-a", file.toString()));
      if (command.equals("render")) {
        args.add("--stdout");
      }
      Cli.Result result = Cli.run(args.toArray(String[]::new));

      assertThat(result.exitCode()).as(command).isEqualTo(1);
      assertThat(result.out()).as(command).isEmpty();
      assertThat(result.err().lines()).as(command).containsExactly(
          file + ":7: Node/node-a: spec.bgp.ipv4Address: \"10.0.0.1/33\" is unusable (prefix"
              + " length must be a decimal number from 0 to 32), so confd ignores this Node and"
              + " renders nothing for it");
    }
  }

  @Test
  void renderCreatesAMissingOutputDirectoryAndItsParents() throws IOException {
    Path missing = tmp.resolve("no/such/dir");
    Cli.Result result = Cli.run("render", "--node", "node-a", "--output-dir", missing.toString(),
        cluster("mesh.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (Stream<Path> files = Files.list(missing)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(BIRD_FILES);
    }
  }

  @Test
  void anOutputDirectoryThatIsAFileIsInvalidInputAndTheFileIsKept() throws IOException {
    Path file = Files.writeString(tmp.resolve("out"), "mine\n");
    Cli.Result result = Cli.run("render", "--node", "node-a", "--output-dir", file.toString(),
        cluster("mesh.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip())
        .isEqualTo(file + ": cannot write the BIRD files: is a file, not a directory");
    assertThat(Files.readString(file)).isEqualTo("mine\n");
  }

  @Test
  void anOutputDirectoryBelowAFileIsInvalidInputNamingTheFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("out"), "mine\n");
    Path below = file.resolve("sub/dir");
    Cli.Result result = Cli.run("render", "--node", "node-a", "--output-dir", below.toString(),
        cluster("mesh.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip())
        .isEqualTo(below + ": cannot write the BIRD files: " + file + " is a file, not a directory");
    assertThat(Files.readString(file)).isEqualTo("mine\n");
  }

  @Test
  void inputThatCannotBeRenderedCreatesNoOutputDirectory() {
    Path missing = tmp.resolve("new/dir");
    Cli.Result result = Cli.run("render", "--node", "node-a", "--output-dir", missing.toString(),
        cluster("quote-in-password.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(tmp.resolve("new")).doesNotExist();
  }

  @Test
  void aPasswordBirdCannotHoldIsRejectedAndNothingIsWritten() throws IOException {
    Cli.Result result = Cli.run("render", "--node", "node-a", "--output-dir", tmp.toString(),
        cluster("quote-in-password.yaml"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("password", "double quote", "<redacted>")
        .doesNotContain("evil");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void peersListsOneRowPerPeer() {
    Cli.Result result = Cli.run("peers", "--node", "node-c", cluster("mesh.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().toList())
        .hasSize(4)
        .first()
        .satisfies(h -> assertThat(h.split("\\s+"))
            .containsExactly("NAME", "ADDRESS", "AS", "KIND", "PASSIVE", "RR-CLIENT", "FILTERS"));
    assertThat(result.out())
        .containsPattern("Mesh_10_0_0_1 +10\\.0\\.0\\.1 +64512 +mesh +no +no +-")
        .containsPattern("Mesh_10_0_0_2 +10\\.0\\.0\\.2 +64512 +mesh +no +no +-")
        .containsPattern("Node_10_0_0_254 +10\\.0\\.0\\.254 +65001 +node-specific +no +no +-");
  }

  @Test
  void peersAsJsonNamesEveryPeerWithoutItsPassword() throws IOException {
    Cli.Result result =
        Cli.run("peers", "--node", "node-a", "-o", "json", cluster("quote-in-password.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(jsonStrings(result.out(), "name")).containsExactly("Mesh_10_0_0_2");
    assertThat(result.out()).contains("\"password\" : true").doesNotContain("evil");
  }

  @Test
  void peersAsYaml() {
    Cli.Result result = Cli.run("peers", "--node", "node-b", "--output", "yaml",
        cluster("mesh.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("node: node-b", "- name: Mesh_10_0_0_1", "passive: true");
  }

  @Test
  void anUnknownOutputFormatIsAUsageError() {
    Cli.Result result = Cli.run("peers", "--node", "node-a", "-o", "xml", cluster("mesh.yaml"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'xml' is not an output format");
  }

  @Test
  void sessionsListsEachSessionOnceWithTotals() {
    Cli.Result result = Cli.run("sessions", cluster("mesh.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("IPv4 +node-a +Mesh_10_0_0_2 +node-b +Mesh_10_0_0_1 +iBGP +ok")
        .containsPattern("IPv4 +node-c +Node_10_0_0_254 +10\\.0\\.0\\.254 +65001 +eBGP")
        .contains("node-to-node sessions: 3 (half-open: 0)", "external sessions:     1")
        .containsPattern("node-c +3");
  }

  @Test
  void sessionsShowsAHalfOpenSession() {
    Cli.Result result = Cli.run("sessions", cluster("half-open.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("node-a +Node_10_0_0_2 +node-b +- +iBGP +half-open \\(only node-a peers\\)")
        .contains("node-to-node sessions: 1 (half-open: 1)");
  }

  @Test
  void sessionsAsJsonCountsThem() throws IOException {
    Cli.Result result = Cli.run("sessions", "-o", "json", cluster("half-open.yaml"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("\"halfOpen\" : true", "\"nodeToNode\" : 1");
    assertThat(jsonStrings(result.out(), "node")).containsExactly("node-a", "node-b");
  }

  /** The string values of every field called {@code field}, in document order. */
  private static List<String> jsonStrings(String json, String field) throws IOException {
    List<String> values = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME && parser.currentName().equals(field)
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          values.add(parser.getText());
        }
      }
    }
    return values;
  }
}
