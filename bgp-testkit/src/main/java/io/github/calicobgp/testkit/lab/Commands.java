package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Runs short external commands ({@code ip}, {@code birdc}...) to completion under a deadline. */
final class Commands {

  /**
   * What a finished command left.
   *
   * @param exitCode its exit code
   * @param output its standard output and error, interleaved
   */
  record Result(int exitCode, String output) {}

  private Commands() {}

  /** Runs {@code command}; fails only when it cannot be started or outlives {@code timeout}. */
  static Result run(List<String> command, Duration timeout) {
    return run(command, "", timeout);
  }

  /** Runs {@code command} with {@code input} as its standard input, like {@link #run(List, Duration)}. */
  static Result run(List<String> command, String input, Duration timeout) {
    @Nullable Path output = null;
    try {
      // A file rather than a pipe: reading a pipe would block forever on a hung command.
      output = Files.createTempFile("calico-bird-lab", ".out");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      try (var stdin = process.getOutputStream()) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
        throw new LabException(
            "`" + String.join(" ", command) + "` did not finish within " + timeout.toMillis() + " ms");
      }
      return new Result(
          process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LabException("cannot run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LabException("interrupted while running `" + String.join(" ", command) + "`", e);
    } finally {
      deleteQuietly(output);
    }
  }

  /** Runs {@code command} and returns its output; a non-zero exit is a {@link LabException}. */
  static String check(List<String> command, Duration timeout) {
    return check(command, "", timeout);
  }

  /** Runs {@code command} with {@code input} and returns its output, like {@link #check(List, Duration)}. */
  static String check(List<String> command, String input, Duration timeout) {
    Result result = run(command, input, timeout);
    if (result.exitCode() != 0) {
      throw new LabException(
          "`"
              + String.join(" ", command)
              + "` failed with exit code "
              + result.exitCode()
              + ": "
              + result.output().strip());
    }
    return result.output();
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary file is harmless.
      }
    }
  }
}
