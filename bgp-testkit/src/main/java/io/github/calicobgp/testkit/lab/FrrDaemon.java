package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * FRR's {@code bgpd} as an external peer, without zebra (no routes reach the namespace's kernel),
 * and the {@code vtysh} that asks it.
 */
final class FrrDaemon {

  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

  private final DaemonProcess process;
  private final String vtysh;
  private final Path vtyDirectory;
  private final Path pidFile;

  private FrrDaemon(DaemonProcess process, String vtysh, Path vtyDirectory, Path pidFile) {
    this.process = process;
    this.vtysh = vtysh;
    this.vtyDirectory = vtyDirectory;
    this.pidFile = pidFile;
  }

  /**
   * Starts {@code bgpd} for {@code host} in {@code namespace} with {@code frr.conf} of {@code
   * configDirectory}; its PID file, vty socket and log go under {@code runDirectory}/{@code
   * runName}.
   */
  static FrrDaemon start(
      LabTools tools, String namespace, String host, Path configDirectory, Path runDirectory,
      String runName) {
    Path vtyDirectory = runDirectory.resolve(runName + "-frr");
    try {
      Files.createDirectories(vtyDirectory);
    } catch (IOException e) {
      throw new LabException("cannot create " + vtyDirectory + ": " + e.getMessage(), e);
    }
    Path pidFile = vtyDirectory.resolve("bgpd.pid");
    DaemonProcess process =
        DaemonProcess.start(
            tools.ip(),
            namespace,
            List.of(
                tools.bgpd(),
                "--no_zebra",
                "--skip_runas",
                "--config_file",
                configDirectory.resolve("frr.conf").toString(),
                "--pid_file",
                pidFile.toString(),
                "--vty_socket",
                vtyDirectory.toString(),
                "--vty_port",
                "0",
                "--log",
                "stdout"),
            configDirectory,
            vtyDirectory.resolve("bgpd.log"),
            host,
            "bgpd");
    return new FrrDaemon(process, tools.vtysh(), vtyDirectory, pidFile);
  }

  /** Waits until bgpd has written its PID and opened its vty socket. */
  void awaitReady(Duration timeout) {
    Path socket = vtyDirectory.resolve("bgpd.vty");
    process.awaitPidFile(pidFile, timeout);
    Poll.until(
        timeout,
        () -> {
          process.checkAlive();
          return Files.exists(socket);
        },
        () -> process + " did not open " + socket + " within " + timeout.toMillis() + " ms");
  }

  /** The process, for stopping it. */
  DaemonProcess process() {
    return process;
  }

  /** What {@code vtysh -c command} prints. */
  String vtysh(String command) {
    Commands.Result result =
        Commands.run(
            List.of(vtysh, "--vty_socket", vtyDirectory.toString(), "-d", "bgpd", "-c", command),
            QUERY_TIMEOUT);
    if (result.exitCode() != 0) {
      process.checkRunning();
      throw new LabException(
          "`vtysh -c " + command + "` for " + process + " failed: " + result.output().strip());
    }
    return result.output();
  }
}
