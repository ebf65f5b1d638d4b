package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.CIDR;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lab's network: a bridge in a namespace of its own, and one namespace per host joined to it
 * by a veth pair whose host end is {@code eth0}. Nothing is created in the root namespace.
 */
final class LabNetwork {

  /** The interface each host sees. */
  private static final String HOST_INTERFACE = "eth0";

  private static final String BRIDGE = "br0";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String ip;
  private final String prefix;
  private final String bridgeNamespace;
  private final List<String> created = new ArrayList<>();

  /** A network whose namespaces are named {@code prefix-...}; nothing exists until {@link #createBridge()}. */
  LabNetwork(String ip, String prefix) {
    this.ip = ip;
    this.prefix = prefix;
    this.bridgeNamespace = prefix + "-br";
  }

  /** Creates the bridge namespace and the bridge. */
  void createBridge() {
    addNamespace(bridgeNamespace);
    // No STP delay and no multicast snooping: ports forward at once, and neighbour discovery floods.
    ip("-n", bridgeNamespace, "link", "add", BRIDGE, "type", "bridge", "forward_delay", "0",
        "mcast_snooping", "0");
    ip("-n", bridgeNamespace, "link", "set", BRIDGE, "up");
  }

  /**
   * Creates the namespace {@code prefix-suffix} with loopback up and {@code eth0} on the bridge,
   * holding the given addresses, and returns its name.
   */
  String addHost(String suffix, CIDR ipv4, @Nullable CIDR ipv6) {
    String namespace = prefix + "-" + suffix;
    addNamespace(namespace);
    if (ipv6 != null) {
      // Without this, bird6 cannot bind its source address for the first one or two seconds.
      ip("netns", "exec", namespace, "sysctl", "-q", "-w",
          "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0",
          "net.ipv6.conf.all.dad_transmits=0", "net.ipv6.conf.default.dad_transmits=0");
    }
    // One ip process for everything inside the namespace: each process costs 5-20 ms.
    StringBuilder batch = new StringBuilder()
        .append("link set lo up\n")
        .append("link add " + HOST_INTERFACE + " type veth peer name " + suffix + " netns "
            + bridgeNamespace + "\n")
        .append("address add " + ipv4 + " dev " + HOST_INTERFACE + "\n");
    if (ipv6 != null) {
      batch.append("address add " + ipv6 + " dev " + HOST_INTERFACE + " nodad\n");
    }
    batch.append("link set " + HOST_INTERFACE + " up\n");
    Commands.check(List.of(ip, "-n", namespace, "-batch", "-"), batch.toString(), TIMEOUT);
    ip("-n", bridgeNamespace, "link", "set", suffix, "master", BRIDGE, "up");
    return namespace;
  }

  /** Deletes every namespace this network created, hosts first; fails after trying them all. */
  void delete() {
    List<String> failures = new ArrayList<>();
    for (int i = created.size() - 1; i >= 0; i--) {
      Commands.Result result =
          Commands.run(List.of(ip, "netns", "delete", created.get(i)), TIMEOUT);
      if (result.exitCode() != 0) {
        failures.add(created.get(i) + ": " + result.output().strip());
      }
    }
    created.clear();
    if (!failures.isEmpty()) {
      throw new LabException("cannot delete network namespaces: " + String.join("; ", failures));
    }
  }

  private void addNamespace(String namespace) {
    ip("netns", "add", namespace);
    created.add(namespace);
  }

  private void ip(String... arguments) {
    List<String> command = new ArrayList<>(arguments.length + 1);
    command.add(ip);
    command.addAll(List.of(arguments));
    Commands.check(command, TIMEOUT);
  }
}
