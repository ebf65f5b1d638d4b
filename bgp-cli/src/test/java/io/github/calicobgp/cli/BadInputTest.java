package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code calico-bgp validate} on every file of {@code bad-input/}: each must exit with 1,
 * print its expected, located message, and no stack trace. A YAML file states its expectations in
 * {@code # expect: [line N: ]fragment} comments at the top; a JSON file in a {@code <file>.expect}
 * file next to it.
 */
class BadInputTest {

  private static final Pattern EXPECT =
      Pattern.compile("#?\\s*expect:\\s*(?:line (\\d+):\\s*)?(.*)");

  /** One expected line of stderr: at {@code line} if given, containing {@code fragment}. */
  private record Expectation(@Nullable Integer line, String fragment) {}

  @TestFactory
  Stream<DynamicTest> everyBadInputIsReportedWhereItIs() throws IOException {
    Path dir = resource("bad-input");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.filter(f -> !f.toString().endsWith(".expect")).sorted().toList();
    }
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(60);
    return inputs.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  /** {@code # node: NAME}: the node {@code render} renders a {@code bad-render/} file for. */
  private static final Pattern NODE = Pattern.compile("#\\s*node:\\s*(\\S+)");

  /**
   * Runs {@code calico-bgp render} on every file of {@code bad-render/}: inputs (most of them
   * valid for Calico) that cannot be written as files BIRD accepts. Each must exit with 1, print its expected line
   * {@code file:line: Kind/name: field: message}, and write nothing.
   */
  @TestFactory
  Stream<DynamicTest> everyInputRenderRefusesIsReportedWhereItsValueIs() throws IOException {
    Path dir = resource("bad-render");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.sorted().toList();
    }
    return inputs.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> checkRender(f)));
  }

  private static void checkRender(Path file) throws IOException {
    List<Expectation> expectations = expectations(file);
    assertThat(expectations).as("expectations of %s", file).isNotEmpty();
    String node = Files.readAllLines(file).stream().map(NODE::matcher).filter(Matcher::matches)
        .map(m -> m.group(1)).findFirst().orElseThrow();
    Path out = Files.createTempDirectory("bad-render");
    try {
      Cli.Result result =
          Cli.run("render", "--node", node, "--output-dir", out.toString(), file.toString());
      assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).doesNotContain("at io.", "Exception", "internal error");
      try (Stream<Path> written = Files.list(out)) {
        assertThat(written).as("files written").isEmpty();
      }
      List<String> lines = result.err().lines().toList();
      for (Expectation e : expectations) {
        String prefix = file + (e.line() == null ? ":" : ":" + e.line() + ": ");
        assertThat(lines)
            .as("a line starting %s containing %s", prefix, e.fragment())
            .anyMatch(l -> l.startsWith(prefix) && l.contains(e.fragment()));
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void check(Path file) {
    List<Expectation> expectations = expectations(file);
    assertThat(expectations).as("expectations of %s", file).isNotEmpty();
    Cli.Result result = Cli.run("validate", file.toString());
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).doesNotContain("at io.", "Exception", "internal error");
    List<String> lines = result.err().lines().toList();
    for (Expectation e : expectations) {
      String prefix = file + (e.line() == null ? ":" : ":" + e.line() + ": ");
      assertThat(lines)
          .as("a line starting %s containing %s", prefix, e.fragment())
          .anyMatch(l -> l.startsWith(prefix) && l.contains(e.fragment()));
    }
  }

  private static List<Expectation> expectations(Path file) {
    Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
    List<Expectation> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(Files.exists(sidecar) ? sidecar : file);
      for (String line : lines) {
        Matcher m = EXPECT.matcher(line);
        if (!m.matches()) {
          break;
        }
        out.add(
            new Expectation(m.group(1) == null ? null : Integer.valueOf(m.group(1)), m.group(2)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path resource(String name) {
    try {
      return Path.of(BadInputTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
