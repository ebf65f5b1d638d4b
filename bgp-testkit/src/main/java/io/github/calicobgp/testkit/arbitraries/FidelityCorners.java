package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.PrefixAdvertisement;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.testkit.fixtures.CalicoClusterBuilder;
import io.github.calicobgp.testkit.fixtures.FixtureNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The corners of Calico's data model on which confd's output is easy to get wrong, added to a
 * {@link ClusterDesign}: {@code peerIP}s with a port ({@code 10.99.0.12:1790}, {@code
 * [fd99::12]:1790}), BGPPeers with only {@code node}, {@code node.<name>} BGPConfigurations (a
 * log level, a port, {@code prefixAdvertisements: []} apart from absent), a global log level and
 * global communities for them to hide, Services without their optional fields, and the datastore
 * whose stored form the engine plans from. Every resource is valid for Calico.
 *
 * <p>Nodes are named by their position in {@link io.github.calicobgp.testkit.fixtures.CalicoCluster#nodes()}
 * (ordinary nodes, then route reflectors), taken modulo the number of nodes, so that any corner
 * fits any design and shrinks towards the first node. {@link #toString()} reads as a recipe.
 *
 * @param portPeers BGPPeers whose peerIP is a node's address (or an outside router's, when the
 *     node has none in that family) with a port
 * @param nodeOnlyPeers BGPPeers with nothing but {@code node}, by node position
 * @param globalLogSeverityScreen the default BGPConfiguration's {@code logSeverityScreen}, or null
 *     to keep the fixture's {@code Info}
 * @param globalCommunities whether the default BGPConfiguration advertises the pod pools with
 *     communities ({@code prefixAdvertisements}), which node configurations may hide
 * @param nodeConfigurations {@code node.<name>} BGPConfigurations; the first for a node wins
 * @param services Services (each with an EndpointSlice on the first node, unless said otherwise)
 *     and the default BGPConfiguration's service ranges to advertise them
 * @param singleIpServiceRanges whether the service ranges are one {@code /32} per Service's IP
 *     (advertised only per Service, never as a whole range) rather than a {@code /24}
 * @param datastore the datastore calico-node reads
 */
public record FidelityCorners(
    List<PortPeer> portPeers,
    List<Integer> nodeOnlyPeers,
    @Nullable String globalLogSeverityScreen,
    boolean globalCommunities,
    List<NodeConfiguration> nodeConfigurations,
    List<ServiceCorner> services,
    boolean singleIpServiceRanges,
    Datastore datastore) {

  /** No corner: the design as it is, on the Kubernetes datastore. */
  public static final FidelityCorners NONE = new FidelityCorners(List.of(), List.of(), null,
      false, List.of(), List.of(), false, Datastore.KUBERNETES);

  private static final String SERVICE_CLUSTER_RANGE = "10.96.0.0/12";
  private static final String POD_COMMUNITY = "65000:100";
  private static final String NODE_COMMUNITY = "65001:300";

  /**
   * A BGPPeer whose {@code peerIP} carries a port: {@code 10.99.0.12:1790} or {@code
   * [fd99::12]:1790}. confd takes the reverse peering's family from the host left after the port
   * ({@code parseIPPort}), and matches the node at that address only when the port is one it may
   * listen on ({@code nodesWithIPPortAndAS}).
   *
   * @param from the position of the node it is scoped to ({@code node}), ignored when {@code
   *     allNodes}
   * @param allNodes whether it is scoped to every node ({@code nodeSelector: all()}) instead
   * @param to the position of the node whose address it names
   * @param family the family of that address
   * @param port the port after the address
   * @param nodeAs whether {@code asNumber} is that node's AS (so that confd reverses it) rather
   *     than an outside AS (65100)
   */
  public record PortPeer(
      int from, boolean allNodes, int to, IPFamily family, int port, boolean nodeAs) {

    /**
     * Checks the family.
     *
     * @param from the position of the node it is scoped to ({@code node}), ignored when {@code
     *     allNodes}
     * @param allNodes whether it is scoped to every node ({@code nodeSelector: all()}) instead
     * @param to the position of the node whose address it names
     * @param family the family of that address
     * @param port the port after the address
     * @param nodeAs whether {@code asNumber} is that node's AS (so that confd reverses it) rather
     *     than an outside AS (65100)
     */
    public PortPeer {
      Objects.requireNonNull(family, "family");
    }
  }

  /** What a {@code node.<name>} BGPConfiguration says of {@code prefixAdvertisements}. */
  public enum Prefixes {
    /** Nothing: the node takes the global communities. */
    ABSENT,
    /** {@code []}: on the Kubernetes datastore, no community at all (confd tests {@code != nil}). */
    EMPTY,
    /** A community of its own for the IPv4 pod pool. */
    OWN
  }

  /**
   * A {@code node.<name>} BGPConfiguration. On the Kubernetes datastore even an empty one stores
   * {@code logSeverityScreen: Info}, which wins over the global level for that node.
   *
   * @param node the node's position
   * @param logSeverityScreen its log level, or null
   * @param listenPort its BGP port, or null
   * @param prefixes its {@code prefixAdvertisements}
   */
  public record NodeConfiguration(
      int node, @Nullable String logSeverityScreen, @Nullable Integer listenPort,
      Prefixes prefixes) {

    /**
     * Checks the prefixes.
     *
     * @param node the node's position
     * @param logSeverityScreen its log level, or null
     * @param listenPort its BGP port, or null
     * @param prefixes its {@code prefixAdvertisements}
     */
    public NodeConfiguration {
      Objects.requireNonNull(prefixes, "prefixes");
    }
  }

  /**
   * A Service written without its optional fields, as a manifest usually is: the API server
   * fills in {@code type: ClusterIP}, {@code externalTrafficPolicy: Cluster} for a LoadBalancer,
   * {@code clusterIPs} and {@code ipFamilies}.
   *
   * @param type {@code ClusterIP}, {@code LoadBalancer}, or null for none written
   * @param externalTrafficPolicy {@code Cluster}, {@code Local}, or null for none written
   * @param endpoints whether an EndpointSlice gives it a ready endpoint on the first node
   */
  public record ServiceCorner(
      @Nullable String type, @Nullable String externalTrafficPolicy, boolean endpoints) {}

  /**
   * Copies the lists.
   *
   * @param portPeers BGPPeers whose peerIP is a node's address (or an outside router's, when the
   *     node has none in that family) with a port
   * @param nodeOnlyPeers BGPPeers with nothing but {@code node}, by node position
   * @param globalLogSeverityScreen the default BGPConfiguration's {@code logSeverityScreen}, or
   *     null to keep the fixture's {@code Info}
   * @param globalCommunities whether the default BGPConfiguration advertises the pod pools with
   *     communities ({@code prefixAdvertisements}), which node configurations may hide
   * @param nodeConfigurations {@code node.<name>} BGPConfigurations; the first for a node wins
   * @param services Services (each with an EndpointSlice on the first node, unless said
   *     otherwise) and the default BGPConfiguration's service ranges to advertise them
   * @param singleIpServiceRanges whether the service ranges are one {@code /32} per Service's IP
   *     rather than a {@code /24}
   * @param datastore the datastore calico-node reads
   */
  public FidelityCorners {
    portPeers = List.copyOf(portPeers);
    nodeOnlyPeers = List.copyOf(nodeOnlyPeers);
    nodeConfigurations = List.copyOf(nodeConfigurations);
    services = List.copyOf(services);
    Objects.requireNonNull(datastore, "datastore");
  }

  /** {@return whether these corners add nothing to a design and keep the Kubernetes datastore} */
  public boolean isNone() {
    return equals(NONE);
  }

  /**
   * Adds the corners to a fixture whose nodes (laid out as {@code nodes}) are known.
   *
   * @param builder the design's fixture options
   * @param nodes the nodes the design makes, as {@link
   *     io.github.calicobgp.testkit.fixtures.CalicoCluster#nodes()} lists them
   * @return {@code builder}
   */
  public CalicoClusterBuilder addTo(CalicoClusterBuilder builder, List<FixtureNode> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("corners need at least one node");
    }
    builder.datastore(datastore);
    addPortPeers(builder, nodes);
    for (int k = 0; k < nodeOnlyPeers.size(); k++) {
      String node = at(nodes, nodeOnlyPeers.get(k)).name();
      builder.bgpPeer("only-node-" + (k + 1), spec -> spec.node(node))
          .describe("BGPPeer only-node-" + (k + 1) + " {node: " + node + "}");
    }
    addConfigurations(builder, nodes);
    addServices(builder, nodes.get(0).name());
    return builder;
  }

  private void addPortPeers(CalicoClusterBuilder builder, List<FixtureNode> nodes) {
    for (int k = 0; k < portPeers.size(); k++) {
      PortPeer p = portPeers.get(k);
      FixtureNode target = at(nodes, p.to());
      CIDR address = target.address(p.family());
      String host = address != null ? address.address().toString()
          : p.family() == IPFamily.V4 ? "192.0.2.200" : "2001:db8::200";
      String peerIP = (p.family() == IPFamily.V4 ? host : "[" + host + "]") + ":" + p.port();
      ASNumber as = p.nodeAs() ? target.asNumber() : ASNumber.of(65100);
      String from = at(nodes, p.from()).name();
      String name = "port-peer-" + (k + 1);
      builder.bgpPeer(name, spec -> {
        spec.peerIP(peerIP).asNumber(as);
        return p.allNodes() ? spec.nodeSelector("all()") : spec.node(from);
      }).describe("BGPPeer " + name + " {" + (p.allNodes() ? "nodeSelector: all()"
          : "node: " + from) + ", peerIP: " + peerIP + ", asNumber: " + as + "}");
    }
  }

  private void addConfigurations(CalicoClusterBuilder builder, List<FixtureNode> nodes) {
    if (globalLogSeverityScreen != null) {
      builder.bgpConfiguration(c -> c.logSeverityScreen(globalLogSeverityScreen))
          .describe("default logSeverityScreen " + globalLogSeverityScreen);
    }
    if (globalCommunities) {
      boolean v4 = nodes.stream().anyMatch(n -> n.ipv4() != null);
      boolean v6 = nodes.stream().anyMatch(n -> n.ipv6() != null);
      builder.bgpConfiguration(c -> {
        c.addCommunity("pods", POD_COMMUNITY);
        if (v4) {
          c.addPrefixAdvertisement("10.244.0.0/16", List.of("pods", "65000:200"));
        }
        if (v6) {
          c.addPrefixAdvertisement("fd00:244::/48", List.of("pods"));
        }
        return c;
      }).describe("default prefixAdvertisements with communities");
    }
    Set<String> configured = new HashSet<>();
    for (NodeConfiguration n : nodeConfigurations) {
      String node = at(nodes, n.node()).name();
      if (!configured.add(node)) {
        continue;
      }
      BGPConfigurationSpec.Builder spec = BGPConfigurationSpec.builder()
          .logSeverityScreen(n.logSeverityScreen()).listenPort(n.listenPort());
      List<String> said = new ArrayList<>();
      if (n.logSeverityScreen() != null) {
        said.add("logSeverityScreen: " + n.logSeverityScreen());
      }
      if (n.listenPort() != null) {
        said.add("listenPort: " + n.listenPort());
      }
      switch (n.prefixes()) {
        case EMPTY -> {
          spec.prefixAdvertisements(List.of());
          said.add("prefixAdvertisements: []");
        }
        case OWN -> {
          spec.prefixAdvertisements(List.of(
              new PrefixAdvertisement("10.244.0.0/16", List.of(NODE_COMMUNITY))));
          said.add("prefixAdvertisements: [10.244.0.0/16 " + NODE_COMMUNITY + "]");
        }
        case ABSENT -> {
          // Nothing written.
        }
      }
      String name = BGPConfiguration.NODE_PREFIX + node;
      builder.resource(new BGPConfiguration(ObjectMeta.named(name), spec.build()))
          .describe(name + " {" + String.join(", ", said) + "}");
    }
  }

  private void addServices(CalicoClusterBuilder builder, String endpointNode) {
    if (services.isEmpty()) {
      return;
    }
    List<String> external = new ArrayList<>();
    List<String> loadBalancer = new ArrayList<>();
    for (int k = 1; k <= services.size(); k++) {
      ServiceCorner s = services.get(k - 1);
      String name = "svc-" + k;
      String externalIP = "198.51.100." + k;
      String ingressIP = "203.0.113." + k;
      boolean lb = "LoadBalancer".equals(s.type());
      external.add(singleIpServiceRanges ? externalIP + "/32" : "198.51.100.0/24");
      if (lb) {
        loadBalancer.add(singleIpServiceRanges ? ingressIP + "/32" : "203.0.113.0/24");
      }
      Service.Spec spec = new Service.Spec(
          List.of(new Service.Port(null, null, null, 80, null, null)), Map.of("app", name),
          "10.96.0." + (10 + k), null, s.type(), List.of(externalIP), null, null, null, null,
          s.externalTrafficPolicy(), null, null, null, null, null, null, null, null);
      Service.Status status = lb ? new Service.Status(new Service.LoadBalancerStatus(
          List.of(new Service.Ingress(ingressIP, null, null, List.of())))) : null;
      builder.resource(new Service(ObjectMeta.namespaced("default", name, Map.of()), spec, status));
      if (s.endpoints()) {
        builder.resource(new EndpointSlice(ObjectMeta.namespaced("default", name + "-1",
                Map.of(EndpointSlice.SERVICE_NAME_LABEL, name)), "IPv4",
            List.of(new EndpointSlice.Endpoint(List.of("10.244.200." + k), null, null, null,
                endpointNode, null)), List.of()));
      }
      builder.describe("Service " + name + " {type: " + orAbsent(s.type())
          + ", externalTrafficPolicy: " + orAbsent(s.externalTrafficPolicy())
          + (s.endpoints() ? ", endpoint on " + endpointNode : ", no endpoints") + "}");
    }
    List<String> externalRanges = external.stream().distinct().toList();
    List<String> loadBalancerRanges = loadBalancer.stream().distinct().toList();
    builder.bgpConfiguration(c -> {
      c.addServiceClusterIP(SERVICE_CLUSTER_RANGE);
      externalRanges.forEach(c::addServiceExternalIP);
      loadBalancerRanges.forEach(c::addServiceLoadBalancerIP);
      return c;
    }).describe("service ranges " + (singleIpServiceRanges ? "/32 each" : "/24"));
  }

  private static FixtureNode at(List<FixtureNode> nodes, int position) {
    return nodes.get(Math.floorMod(position, nodes.size()));
  }

  private static String orAbsent(@Nullable String value) {
    return value == null ? "absent" : value;
  }

  /** A recipe, e.g. {@code corners[only-node on #2, node.#1 {prefixAdvertisements: []}, etcd]}. */
  @Override
  public String toString() {
    if (isNone()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (PortPeer p : portPeers) {
      parts.add("peerIP #" + p.to() + " " + (p.family() == IPFamily.V4 ? "IPv4" : "IPv6") + ":"
          + p.port() + " from " + (p.allNodes() ? "all()" : "#" + p.from())
          + (p.nodeAs() ? " in its AS" : " in AS 65100"));
    }
    nodeOnlyPeers.forEach(n -> parts.add("only-node on #" + n));
    if (globalLogSeverityScreen != null) {
      parts.add("default log " + globalLogSeverityScreen);
    }
    if (globalCommunities) {
      parts.add("default communities");
    }
    for (NodeConfiguration n : nodeConfigurations) {
      parts.add("node.#" + n.node() + " {log " + n.logSeverityScreen() + ", port "
          + n.listenPort() + ", prefixAdvertisements " + n.prefixes() + "}");
    }
    for (ServiceCorner s : services) {
      parts.add("Service " + orAbsent(s.type()) + "/" + orAbsent(s.externalTrafficPolicy())
          + (s.endpoints() ? "" : " without endpoints"));
    }
    if (!services.isEmpty()) {
      parts.add(singleIpServiceRanges ? "/32 service ranges" : "/24 service ranges");
    }
    if (datastore != Datastore.KUBERNETES) {
      parts.add(datastore.name().toLowerCase(java.util.Locale.ROOT) + " datastore");
    }
    return "corners[" + String.join(", ", parts) + "]";
  }
}
