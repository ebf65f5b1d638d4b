package io.github.calicobgp.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {

  @TempDir Path dir;

  @Test
  void theFileIsQuotedForTheShellAndTheCommandRunsInTheWorkingDirectory() throws Exception {
    Path file = dir.resolve("it's a file.cfg");
    Files.writeString(file, "router id 1.2.3.4;\n");

    ShellCommand.Result result =
        new ShellCommand("cat {}; pwd").run(file, dir, Duration.ofSeconds(10));

    assertThat(result.ok()).isTrue();
    assertThat(result.output()).isEqualTo("router id 1.2.3.4;\n" + dir.toRealPath());
  }

  @Test
  void aFailureKeepsItsExitCodeAndBothOutputStreams() throws Exception {
    ShellCommand.Result result =
        new ShellCommand("echo out; echo err >&2; exit 3")
            .run(dir.resolve("x"), dir, Duration.ofSeconds(10));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("out", "err");
  }

  @Test
  void aCommandThatHangsIsKilledAtItsTimeout() throws Exception {
    long start = System.nanoTime();

    ShellCommand.Result result =
        new ShellCommand("sleep 30").run(dir.resolve("x"), dir, Duration.ofMillis(300));

    assertThat(result.ok()).isFalse();
    assertThat(result.output()).contains("killed after");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void anEmptyCommandIsDisabled() {
    assertThat(new ShellCommand("  ").disabled()).isTrue();
    assertThat(new ShellCommand("bird -p -c {}").disabled()).isFalse();
  }
}
