package io.github.calicobgp.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What one node agent does: for which node, into which directory, and with which commands.
 * {@link #defaults} are calico-node's: its confd templates
 * ({@code node/filesystem/etc/calico/confd/conf.d/bird.toml} and {@code bird6.toml}) check with
 * {@code bird -p -c} and {@code bird6 -p -c} and reload with {@code sv hup bird} and {@code sv
 * hup bird6}, and write into {@code /etc/calico/confd/config}.
 *
 * @param nodeName the node whose configuration to write (calico-node's {@code NODENAME})
 * @param configDir where the six files go
 * @param checkCommand checks the staged {@code bird.cfg} ({@code {}}); empty to skip
 * @param check6Command checks the staged {@code bird6.cfg} ({@code {}}); empty to skip
 * @param reloadCommand run once after a batch changed an IPv4 file; empty to skip
 * @param reload6Command run once after a batch changed an IPv6 file; empty to skip
 * @param debounce how long the datastore must be quiet before a burst of changes is written
 * @param maxDelay the longest a change waits for a quiet moment before it is written anyway
 * @param commandTimeout how long a check or reload command may run before it is killed
 */
public record AgentSettings(
    String nodeName,
    Path configDir,
    ShellCommand checkCommand,
    ShellCommand check6Command,
    ShellCommand reloadCommand,
    ShellCommand reload6Command,
    Duration debounce,
    Duration maxDelay,
    Duration commandTimeout) {

  /** calico-node's configuration directory. */
  public static final Path DEFAULT_CONFIG_DIR = Path.of("/etc/calico/confd/config");

  /** calico-node's check of {@code bird.cfg}. */
  public static final String DEFAULT_CHECK = "bird -p -c {}";

  /** calico-node's check of {@code bird6.cfg}. */
  public static final String DEFAULT_CHECK6 = "bird6 -p -c {}";

  /** calico-node's reload of BIRD (runit). */
  public static final String DEFAULT_RELOAD = "sv hup bird || true";

  /** calico-node's reload of BIRD6 (runit). */
  public static final String DEFAULT_RELOAD6 = "sv hup bird6 || true";

  /**
   * Checks every component.
   *
   * @param check6Command checks the staged {@code bird6.cfg} ({@code {}}); empty to skip
   * @param checkCommand checks the staged {@code bird.cfg} ({@code {}}); empty to skip
   * @param commandTimeout how long a check or reload command may run before it is killed
   * @param configDir where the six files go
   * @param debounce how long the datastore must be quiet before a burst of changes is written
   * @param maxDelay the longest a change waits for a quiet moment before it is written anyway
   * @param nodeName the node whose configuration to write (calico-node's {@code NODENAME})
   * @param reload6Command run once after a batch changed an IPv6 file; empty to skip
   * @param reloadCommand run once after a batch changed an IPv4 file; empty to skip
   */
  public AgentSettings {
    if (Objects.requireNonNull(nodeName, "nodeName").isBlank()) {
      throw new IllegalArgumentException("the node name is empty");
    }
    Objects.requireNonNull(configDir, "configDir");
    Objects.requireNonNull(checkCommand, "checkCommand");
    Objects.requireNonNull(check6Command, "check6Command");
    Objects.requireNonNull(reloadCommand, "reloadCommand");
    Objects.requireNonNull(reload6Command, "reload6Command");
    requirePositive(debounce, "debounce");
    requirePositive(maxDelay, "maxDelay");
    requirePositive(commandTimeout, "commandTimeout");
  }

  /**
   * calico-node's settings for {@code nodeName}: its directory and commands, a 100 ms debounce
   * (at most 1 s), and 30 s for each command.
   *
   * @param nodeName the node
   * @return the settings
   */
  public static AgentSettings defaults(String nodeName) {
    return new AgentSettings(
        nodeName,
        DEFAULT_CONFIG_DIR,
        new ShellCommand(DEFAULT_CHECK),
        new ShellCommand(DEFAULT_CHECK6),
        new ShellCommand(DEFAULT_RELOAD),
        new ShellCommand(DEFAULT_RELOAD6),
        Duration.ofMillis(100),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30));
  }

  /**
   * These settings writing into {@code dir}.
   *
   * @param dir the configuration directory
   * @return the changed settings
   */
  public AgentSettings withConfigDir(Path dir) {
    return new AgentSettings(
        nodeName, dir, checkCommand, check6Command, reloadCommand, reload6Command, debounce,
        maxDelay, commandTimeout);
  }

  /**
   * These settings with other commands.
   *
   * @param check the IPv4 check
   * @param check6 the IPv6 check
   * @param reload the IPv4 reload
   * @param reload6 the IPv6 reload
   * @return the changed settings
   */
  public AgentSettings withCommands(
      ShellCommand check, ShellCommand check6, ShellCommand reload, ShellCommand reload6) {
    return new AgentSettings(
        nodeName, configDir, check, check6, reload, reload6, debounce, maxDelay, commandTimeout);
  }

  /**
   * These settings with another debounce.
   *
   * @param quiet how long the datastore must be quiet
   * @param max the longest a change waits
   * @return the changed settings
   */
  public AgentSettings withDebounce(Duration quiet, Duration max) {
    return new AgentSettings(
        nodeName, configDir, checkCommand, check6Command, reloadCommand, reload6Command, quiet,
        max, commandTimeout);
  }

  private static void requirePositive(Duration duration, String name) {
    if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + duration);
    }
  }
}
