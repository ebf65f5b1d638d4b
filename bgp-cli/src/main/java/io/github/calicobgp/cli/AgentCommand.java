package io.github.calicobgp.cli;

import ch.qos.logback.classic.Level;
import io.github.calicobgp.agent.Agent;
import io.github.calicobgp.agent.AgentSettings;
import io.github.calicobgp.agent.AgentSources;
import io.github.calicobgp.agent.ShellCommand;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code calico-bgp agent}: confd's job for one node, beside BIRD. Follows the datastore, writes
 * the node's six BIRD files when they change (checked first, swapped in all or nothing) and
 * reloads BIRD; serves health, readiness and metrics; stops on SIGTERM.
 */
@Command(
    name = "agent",
    description = {
      "Runs as calico-node's confd does for one node: watches the datastore and, once it is in"
          + " sync and whenever NODE's peering changes, renders the six BIRD files, checks them"
          + " with the check commands in a staging directory, replaces the files whose bytes"
          + " changed all or nothing, and runs each reload command once. A burst of changes is"
          + " written once. A configuration that cannot be rendered or fails its check is not"
          + " written; the last good one stays and the reason is logged and reported by /readyz."
          + " Logs go to stderr as key=value lines. SIGTERM or SIGINT stop it (exit 0).",
      "Every option falls back to calico-node's environment variable: NODENAME, DATASTORE_TYPE,"
          + " ETCD_ENDPOINTS (and ETCD_CA_CERT_FILE, ETCD_CERT_FILE, ETCD_KEY_FILE,"
          + " ETCD_USERNAME, ETCD_PASSWORD), KUBECONFIG, CALICO_ROUTER_ID; on the Kubernetes"
          + " datastore, BGP passwords come from Secrets in $NAMESPACE (else kube-system) and"
          + " USE_POD_CIDR=true (or --use-pod-cidr) is host-local IPAM."
    })
final class AgentCommand extends CliCommand {

  @Option(
      names = "--node",
      paramLabel = "NAME",
      description = "The node to write the configuration of. Default: $NODENAME, else the host name.")
  private @Nullable String node;

  @Mixin private DatastoreOptions datastore = new DatastoreOptions();

  @Option(
      names = "--config-dir",
      paramLabel = "DIR",
      description = "Where BIRD reads its files. Default: ${DEFAULT-VALUE} (calico-node's).")
  private Path configDir = AgentSettings.DEFAULT_CONFIG_DIR;

  @Option(
      names = "--check-cmd",
      paramLabel = "CMD",
      description = "Checks the staged bird.cfg ({} is its path), run by /bin/sh in the staging"
          + " directory; empty to skip. Default: '${DEFAULT-VALUE}'.")
  private String checkCommand = AgentSettings.DEFAULT_CHECK;

  @Option(
      names = "--check6-cmd",
      paramLabel = "CMD",
      description = "Checks the staged bird6.cfg. Default: '${DEFAULT-VALUE}'.")
  private String check6Command = AgentSettings.DEFAULT_CHECK6;

  @Option(
      names = "--reload-cmd",
      paramLabel = "CMD",
      description = "Run once after a batch changed bird.cfg, bird_ipam.cfg or bird_aggr.cfg,"
          + " e.g. 'birdc -s /var/run/calico/bird.ctl configure'; empty to skip. Default:"
          + " '${DEFAULT-VALUE}'.")
  private String reloadCommand = AgentSettings.DEFAULT_RELOAD;

  @Option(
      names = "--reload6-cmd",
      paramLabel = "CMD",
      description = "Run once after a batch changed an IPv6 file. Default: '${DEFAULT-VALUE}'.")
  private String reload6Command = AgentSettings.DEFAULT_RELOAD6;

  @Option(
      names = "--listen",
      paramLabel = "ADDR",
      description = "Serve /healthz, /readyz and /metrics on ADDR (HOST:PORT or :PORT)."
          + " Default: no server.")
  private @Nullable String listen;

  @Option(
      names = "--debounce",
      paramLabel = "MS",
      description = "Wait until the datastore has been quiet this long before writing (at most"
          + " 10 times as long). Default: ${DEFAULT-VALUE}.")
  private long debounceMillis = 100;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      description = "error, warn, info or debug. Default: ${DEFAULT-VALUE}.")
  private String logLevel = "info";

  @Mixin private RouterIdOption routerId = new RouterIdOption();

  @Override
  int run() {
    Map<String, String> env = root.environment();
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.toLevel(logLevel, Level.INFO));
    AgentSettings settings = settings(env);
    PeeringOptions options = routerId.peeringOptions(lookup(env, "CALICO_ROUTER_ID"));
    DatastoreConfig datastoreConfig = datastore.followed(env);
    InetSocketAddress address = listen == null ? null : address(listen);
    ResourceSource source = openSource(datastoreConfig);
    Agent agent;
    try {
      agent = Agent.start(source, settings, options, address);
    } catch (IOException e) {
      throw new InvalidInputException("calico-bgp agent: cannot start: " + e.getMessage());
    }
    try {
      agent.runUntilSignalled();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private ResourceSource openSource(DatastoreConfig config) {
    try {
      return AgentSources.open(config, root.kubernetesSettings());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("calico-bgp agent: " + config + ": " + e.getMessage());
    }
  }

  private AgentSettings settings(Map<String, String> env) {
    String name = node != null ? node : lookup(env, "NODENAME");
    if (name == null) {
      name = hostName();
    }
    if (debounceMillis <= 0) {
      throw new InvalidInputException("--debounce: must be positive, not " + debounceMillis);
    }
    return AgentSettings.defaults(name)
        .withConfigDir(configDir)
        .withCommands(
            new ShellCommand(checkCommand),
            new ShellCommand(check6Command),
            new ShellCommand(reloadCommand),
            new ShellCommand(reload6Command))
        .withDebounce(Duration.ofMillis(debounceMillis), Duration.ofMillis(debounceMillis * 10));
  }

  /** HOST:PORT or :PORT (every address). */
  static InetSocketAddress address(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw new InvalidInputException("--listen: expected HOST:PORT or :PORT, not '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--listen: '" + text + "' has no port number 0-65535");
    }
    return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
  }

  private static @Nullable String lookup(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String hostName() {
    try {
      // calico-node's determineNodeName falls back to the host name (lower case).
      return InetAddress.getLocalHost().getHostName().toLowerCase(java.util.Locale.ROOT);
    } catch (UnknownHostException e) {
      throw new InvalidInputException(
          "calico-bgp agent: no --node, no NODENAME and no host name: " + e.getMessage());
    }
  }
}
