package io.github.calicobgp.agent;

/** YAML manifests of small clusters for the agent's tests. */
final class Clusters {

  private Clusters() {}

  static final String GLOBALS =
      """
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata:
        name: default
      spec:
        asNumber: 64512
        nodeToNodeMeshEnabled: true
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: pods
      spec:
        cidr: 192.168.0.0/16
        ipipMode: Never
        natOutgoing: true
      """;

  /** A Node with an IPv4 address {@code 10.0.0.N/24}. */
  static String node(String name, int n) {
    return """
        apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: %s
        spec:
          bgp:
            ipv4Address: 10.0.0.%d/24
        """
        .formatted(name, n);
  }

  /** A global BGPPeer. */
  static String peer(String name, String ip, long as) {
    return """
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: %s
        spec:
          peerIP: %s
          asNumber: %d
        """
        .formatted(name, ip, as);
  }

  static String three() {
    return GLOBALS + "---\n" + node("node-a", 1) + "---\n" + node("node-b", 2) + "---\n"
        + node("node-c", 3);
  }
}
