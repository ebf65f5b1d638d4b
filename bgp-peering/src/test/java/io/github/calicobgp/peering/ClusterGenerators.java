package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * jqwik generators of whole clusters: 1 to 30 nodes with IPv4, IPv6 or both, rack and zone
 * labels, some node AS numbers and route reflectors, and BGPPeers by selector, by node and to
 * external addresses. Every node address is unique, and explicit peerIPs are never node
 * addresses, so a peer's remote node is always the node it was made from.
 */
final class ClusterGenerators {
  private ClusterGenerators() {}

  /** The address families a generated node has. */
  enum Families { V4, V6, DUAL }

  /** The settings of one generated node. */
  record NodeParams(Families families, String rack, @Nullable String zone, @Nullable Long as,
      @Nullable String clusterId) {}

  /** The settings of one generated BGPPeer. */
  record PeerParams(int shape, @Nullable String nodeSelector, int nodeIndex,
      @Nullable String peerSelector, @Nullable Long as, @Nullable String reversePeering,
      int external, @Nullable Integer port) {}

  static final List<String> SELECTORS = List.of(
      "all()", "rack == 'r1'", "rack != 'r2'", "has(zone)", "zone == 'a'",
      "has(route-reflector)", "!has(route-reflector)", "rack in {'r1', 'r3'}", "not valid ((");

  /** Clusters with a full node-to-node mesh: no route reflectors and no BGPPeers. */
  static Arbitrary<List<Resource>> fullMeshes() {
    return Arbitraries.integers().between(1, 30).flatMap(n ->
        nodeParams(false).list().ofSize(n).map(nodes -> build(nodes, true, null, null,
            List.of())));
  }

  /** Any cluster: mesh on or off, route reflectors, BGPPeers of every shape. */
  static Arbitrary<List<Resource>> clusters() {
    return Arbitraries.integers().between(1, 30).flatMap(n -> Combinators.combine(
        nodeParams(true).list().ofSize(n),
        Arbitraries.of(true, false),
        Arbitraries.of(64512L, 65000L).injectNull(0.3),
        Arbitraries.of(179, 1790).injectNull(0.6),
        peerParams(n).list().ofMinSize(0).ofMaxSize(6))
        .as(ClusterGenerators::build));
  }

  private static Arbitrary<NodeParams> nodeParams(boolean reflectors) {
    return Combinators.combine(
        Arbitraries.of(Families.class),
        Arbitraries.of("r1", "r2", "r3"),
        Arbitraries.of("a", "b").injectNull(0.3),
        Arbitraries.of(64512L, 65001L, 65002L).injectNull(0.7),
        reflectors
            ? Arbitraries.of("1.1.1.1", "2.2.2.2").injectNull(0.8)
            : Arbitraries.just((String) null))
        .as(NodeParams::new);
  }

  private static Arbitrary<PeerParams> peerParams(int nodes) {
    return Combinators.combine(
        Arbitraries.integers().between(0, 3),
        Arbitraries.of(SELECTORS).injectNull(0.2),
        Arbitraries.integers().between(0, nodes - 1),
        Arbitraries.of(SELECTORS),
        Arbitraries.of(64512L, 65000L, 65001L).injectNull(0.3),
        Arbitraries.of("Auto", "Manual").injectNull(0.5),
        Arbitraries.integers().between(1, 3),
        Arbitraries.of(1790, 179).injectNull(0.7))
        .as(PeerParams::new);
  }

  private static List<Resource> build(List<NodeParams> nodes, boolean mesh,
      @Nullable Long globalAS, @Nullable Integer listenPort, List<PeerParams> peers) {
    List<Resource> resources = new ArrayList<>();
    BGPConfigurationSpec.Builder config = BGPConfigurationSpec.builder()
        .nodeToNodeMeshEnabled(mesh)
        .asNumber(globalAS == null ? null : ASNumber.of(globalAS))
        .listenPort(listenPort);
    resources.add(Fixtures.config("default", c -> config));
    for (int i = 0; i < nodes.size(); i++) {
      resources.add(node(i, nodes.get(i)).build());
    }
    for (int i = 0; i < peers.size(); i++) {
      resources.add(peer(i, peers.get(i), nodes.size()));
    }
    return List.copyOf(resources);
  }

  static String nodeName(int index) {
    return String.format("node-%02d", index);
  }

  private static Fixtures.NodeBuilder node(int index, NodeParams params) {
    Fixtures.NodeBuilder node = Fixtures.node(nodeName(index)).label("rack", params.rack());
    if (params.families() != Families.V6) {
      node.v4("10.0." + index + "." + (index * 7 % 250 + 1) + "/16");
    }
    if (params.families() != Families.V4) {
      node.v6("fd00::" + Integer.toHexString(index * 37 + 1) + "/64");
    }
    if (params.zone() != null) {
      node.label("zone", params.zone());
    }
    if (params.as() != null) {
      node.as(params.as());
    }
    if (params.clusterId() != null) {
      node.rr(params.clusterId()).label("route-reflector", "true");
    }
    return node;
  }

  /**
   * Shapes: 0 node selector to peer selector; 1 one node to a peer selector; 2 node selector to
   * an external address; 3 every node to an external address (a global BGPPeer).
   */
  private static BGPPeer peer(int index, PeerParams params, int nodes) {
    String name = "peer-" + index;
    return Fixtures.peer(name, spec -> {
      BGPPeerSpec.Builder s = spec.reversePeering(params.reversePeering())
          .asNumber(params.as() == null ? null : ASNumber.of(params.as()));
      String external = params.external() == 3
          ? "2001:db8::" + index : "192.0.2." + (index * 3 + params.external());
      String peerIP = params.port() == null ? external
          : external.contains(":") ? "[" + external + "]:" + params.port()
          : external + ":" + params.port();
      return switch (params.shape()) {
        case 0 -> s.nodeSelector(params.nodeSelector() == null ? "all()" : params.nodeSelector())
            .peerSelector(params.peerSelector());
        case 1 -> s.node(nodeName(params.nodeIndex() % nodes)).peerSelector(params.peerSelector());
        case 2 -> s.nodeSelector(params.nodeSelector() == null ? "all()" : params.nodeSelector())
            .peerIP(peerIP);
        default -> s.peerIP(peerIP);
      };
    });
  }
}
