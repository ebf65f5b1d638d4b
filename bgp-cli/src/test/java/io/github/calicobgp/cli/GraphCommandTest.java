package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

  private static final Path DOT = Path.of("/usr/bin/dot");

  @Test
  void mermaidIsTheDefault() {
    Cli.Result result = Cli.run(Examples.args("graph", "route-reflectors"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith(
            "flowchart TB\n"
                + "  subgraph g0[\"Route reflectors (cluster id 244.0.0.1)\"]\n"
                + "    v0[\"rr-1<br/>10.10.1.10<br/>AS 64512\"]\n")
        .contains("  v0 ---|\"iBGP\"| v1\n", "  v0 ---|\"RR\"| v2\n", "  v2 ---|\"eBGP\"| v6\n");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(Cli.run(Examples.args("graph", "route-reflectors", "--format", "svg")).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run(Examples.args("graph", "route-reflectors", "--format", "svg")).err())
        .contains("'svg' is not a graph format; use mermaid or dot");
  }

  /** Graphviz must accept the DOT text: render the route-reflector example to PNG. */
  @Test
  void dotRendersToPngWithGraphviz(@TempDir Path dir) throws IOException, InterruptedException {
    Cli.Result result = Cli.run(Examples.args("graph", "route-reflectors", "--format", "dot"));
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("graph sessions {\n");
    assumeTrue(Files.isExecutable(DOT), "Graphviz is not installed at " + DOT);

    Path dot = Files.writeString(dir.resolve("route-reflectors.dot"), result.out());
    Path png = dir.resolve("route-reflectors.png");
    Process process =
        new ProcessBuilder(DOT.toString(), "-Tpng", "-o", png.toString(), dot.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).isEmpty();
    byte[] header = new byte[8];
    System.arraycopy(Files.readAllBytes(png), 0, header, 0, 8);
    assertThat(header).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
  }
}
