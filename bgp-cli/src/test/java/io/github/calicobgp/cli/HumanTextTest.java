package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Human output never carries the input's control characters; JSON and YAML stay exact. */
class HumanTextTest {

  /** A node name that would retitle the terminal, turn the text red and clear the screen. */
  private static final String EVIL = "n\u001b]0;pwned\u0007\u001b[31m\u009b2J\u202e";

  private static final String ESCAPED = "n\\x1b]0;pwned\\x07\\x1b[31m\\x9b2J\\u202e";

  @TempDir Path tmp;

  @Test
  void escapeShowsControlCharactersAsEscapesAndKeepsTheRest() {
    assertThat(HumanText.escape("plain é 😀")).isEqualTo("plain é 😀");
    assertThat(HumanText.escape("a\nb\rc\td\u0000\u007f")).isEqualTo("a\\nb\\rc\\td\\x00\\x7f");
    assertThat(HumanText.escape(EVIL)).isEqualTo(ESCAPED);
  }

  private Path cluster() throws IOException {
    Path file = tmp.resolve("evil.yaml");
    Files.writeString(file, """
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: "%s"
          labels: {rack: r1}
        spec:
          bgp: {ipv4Address: 10.0.0.1/24}
        ---
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: other
        spec:
          bgp: {ipv4Address: 10.0.0.2/24}
        """.formatted(EVIL.replace("\u001b", "\\e").replace("\u0007", "\\a")
            .replace("\u009b", "\\x9b").replace("\u202e", "\\u202e")));
    return file;
  }

  /** The cluster, and a node with the evil node's address (a finding that names both). */
  private Path twin() throws IOException {
    Path file = tmp.resolve("twin.yaml");
    Files.writeString(file, Files.readString(cluster()) + """
        ---
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: twin
        spec:
          bgp: {ipv4Address: 10.0.0.1/24}
        """);
    return file;
  }

  @Test
  void tablesAndListsEscapeANodeNamesTerminalSequences() throws IOException {
    String file = cluster().toString();
    for (String[] args : new String[][] {
        {"sessions", file},
        {"select", "rack == 'r1'", file},
        {"check", twin().toString()}}) {
      Cli.Result result = Cli.run(args);
      assertThat(result.out() + result.err()).as(args[0])
          .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
      assertThat(result.out()).as(args[0]).contains(ESCAPED);
    }
  }

  @Test
  void peersEscapesANodeNameInItsNoPeersLine() throws IOException {
    Path alone = tmp.resolve("alone.yaml");
    Files.writeString(alone, Files.readString(cluster()).split("---")[0]);
    Cli.Result result = Cli.run("peers", "--node", EVIL, alone.toString());
    assertThat(result.out()).isEqualTo("Node " + ESCAPED + " has no BGP peers.\n");
  }

  @Test
  void diffEscapesANodeNameInItsFileHeaders() throws IOException {
    Path before = tmp.resolve("before.yaml");
    Files.writeString(before, "apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\n"
        + "metadata: {name: default}\nspec: {asNumber: 64512}\n");
    Cli.Result result =
        Cli.run("diff", before.toString(), "--against", cluster().toString());
    assertThat(result.out() + result.err()).doesNotContain("\u001b", "\u0007");
    assertThat(result.out()).contains(ESCAPED);
  }

  @Test
  void jsonOutputKeepsTheNameExact() throws IOException {
    Cli.Result result = Cli.run("select", "rack == 'r1'", cluster().toString());
    assertThat(result.out()).isEqualTo(ESCAPED + "\n");
    Cli.Result json = Cli.run("sessions", "-o", "json", cluster().toString());
    assertThat(json.out()).contains("n\\u001B]0;pwned\\u0007\\u001B[31m");
  }
}
