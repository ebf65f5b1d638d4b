package io.github.calicobgp.agent;

import io.github.calicobgp.peering.PeeringOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An agent as a process of its own, for tests that kill it: {@code AgentProcess NODE CONFIG_DIR
 * MANIFEST CHECK_COMMAND}. It follows the manifest file, writes into CONFIG_DIR, reloads
 * nothing, and exits 0 on SIGTERM.
 */
public final class AgentProcess {

  private AgentProcess() {}

  /**
   * Runs the agent until SIGTERM.
   *
   * @param args node, directory, manifest, check command
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    AgentSettings settings =
        AgentSettings.defaults(args[0])
            .withConfigDir(Path.of(args[1]))
            .withCommands(
                new ShellCommand(args[3]),
                new ShellCommand(""),
                new ShellCommand(""),
                new ShellCommand(""))
            .withDebounce(Duration.ofMillis(1), Duration.ofMillis(5));
    Agent agent =
        Agent.start(new FileSource(Path.of(args[2])), settings, PeeringOptions.defaults(), null);
    System.out.println("started");
    System.out.flush();
    agent.runUntilSignalled();
    System.exit(0);
  }
}
