package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One long-running daemon the lab started inside a namespace, with its output in a log file. The
 * process held is the daemon itself: {@code ip netns exec} replaces itself with it.
 */
final class DaemonProcess {

  private final String host;
  private final String program;
  private final Process process;
  private final Path log;

  private DaemonProcess(String host, String program, Process process, Path log) {
    this.host = host;
    this.program = program;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code ip netns exec namespace command...} in {@code workingDirectory}, its output going
   * to {@code log}; {@code program} names it in messages.
   */
  static DaemonProcess start(
      String ip, String namespace, List<String> command, Path workingDirectory, Path log,
      String host, String program) {
    List<String> full = new ArrayList<>(List.of(ip, "netns", "exec", namespace));
    full.addAll(command);
    try {
      Process process =
          new ProcessBuilder(full)
              .directory(workingDirectory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      return new DaemonProcess(host, program, process, log);
    } catch (IOException e) {
      throw new LabException("cannot start " + program + " of " + host + ": " + e.getMessage(), e);
    }
  }

  /** Waits until {@code pidFile} holds a PID (the daemon read its configuration) or it exits. */
  void awaitPidFile(Path pidFile, Duration timeout) {
    Poll.until(
        timeout,
        () -> {
          checkAlive();
          return hasContent(pidFile);
        },
        () -> program + " of " + host + " did not write " + pidFile + " within " + timeout.toMillis() + " ms");
  }

  /** Throws {@link DaemonStartException} with the daemon's output when it has exited. */
  void checkAlive() {
    if (!process.isAlive()) {
      throw new DaemonStartException(host, program, process.exitValue(), output());
    }
  }

  /** Throws a {@link LabException} with the daemon's output when it has exited since it started. */
  void checkRunning() {
    if (!process.isAlive()) {
      throw new LabException(
          this + " has exited with code " + process.exitValue() + ": " + output());
    }
  }

  /** The daemon's PID. */
  long pid() {
    return process.pid();
  }

  /** Asks the daemon to stop (SIGTERM), so that it withdraws its routes. */
  void terminate() {
    process.destroy();
  }

  /** Waits up to {@code timeout} for the daemon to exit, then kills it (SIGKILL); true if it was killed. */
  boolean awaitExitOrKill(Duration timeout) throws InterruptedException {
    if (process.waitFor(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS)) {
      return false;
    }
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
    return true;
  }

  /** What the daemon printed so far, trimmed. */
  String output() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  @Override
  public String toString() {
    return program + " of " + host + " (pid " + process.pid() + ")";
  }

  private static boolean hasContent(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
