package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One {@code bird} or {@code bird6} of a lab host, and the {@code birdc}/{@code birdc6} that asks it. */
final class BirdDaemon {

  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

  private final String host;
  private final IPFamily family;
  private final DaemonProcess process;
  private final String client;
  private final Path socket;
  private final Path pidFile;

  private BirdDaemon(
      String host, IPFamily family, DaemonProcess process, String client, Path socket, Path pidFile) {
    this.host = host;
    this.family = family;
    this.process = process;
    this.client = client;
    this.socket = socket;
    this.pidFile = pidFile;
  }

  /**
   * Starts the daemon of {@code family} for {@code host} in {@code namespace}, working in {@code
   * configDirectory} (Calico's files include each other by relative path), with its socket, PID
   * file and log named {@code runName}.* in {@code runDirectory}. No {@code -R}: with graceful
   * restart recovery, the kernel protocol programs nothing until every peer is up.
   */
  static BirdDaemon start(
      LabTools tools, String namespace, String host, IPFamily family, Path configDirectory,
      Path runDirectory, String runName) {
    boolean v4 = family == IPFamily.V4;
    String program = v4 ? "bird" : "bird6";
    Path socket = runDirectory.resolve(runName + ".ctl");
    Path pidFile = runDirectory.resolve(runName + ".pid");
    DaemonProcess process =
        DaemonProcess.start(
            tools.ip(),
            namespace,
            List.of(
                v4 ? tools.bird() : tools.bird6(),
                "-f",
                "-c",
                v4 ? "bird.cfg" : "bird6.cfg",
                "-s",
                socket.toString(),
                "-P",
                pidFile.toString()),
            configDirectory,
            runDirectory.resolve(runName + ".log"),
            host,
            program);
    return new BirdDaemon(
        host, family, process, v4 ? tools.birdc() : tools.birdc6(), socket, pidFile);
  }

  /** Waits until the daemon has read its configuration: BIRD writes its PID file only then. */
  void awaitReady(Duration timeout) {
    process.awaitPidFile(pidFile, timeout);
  }

  /** The node or peer the daemon belongs to. */
  String host() {
    return host;
  }

  /** The daemon's IP family. */
  IPFamily family() {
    return family;
  }

  /** Its control socket, where {@code birdc -s} connects. */
  Path socket() {
    return socket;
  }

  /** The client program that talks to it ({@code birdc} or {@code birdc6}). */
  String client() {
    return client;
  }

  /** The process, for stopping it. */
  DaemonProcess process() {
    return process;
  }

  /** Its protocols ({@code show protocols}). */
  List<ProtocolState> protocols() {
    return BirdcOutput.protocols(command("show protocols"), family);
  }

  /** Its routes with their attributes ({@code show route all}). */
  List<LabRoute> routes() {
    return BirdcOutput.routes(command("show route all"));
  }

  /** What {@code birdc -s SOCKET command} prints. */
  String command(String command) {
    Commands.Result result =
        Commands.run(List.of(client, "-s", socket.toString(), command), QUERY_TIMEOUT);
    if (result.exitCode() != 0) {
      process.checkRunning();
      throw new LabException(
          "`birdc " + command + "` for " + process + " failed: " + result.output().strip());
    }
    return result.output();
  }
}
