package io.github.calicobgp.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.ClusterState;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.LogLevel;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PrefixCommunities;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.testkit.arbitraries.CalicoArbitraries;
import io.github.calicobgp.testkit.arbitraries.ClusterDesign;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.NodeConfiguration;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.PortPeer;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.Prefixes;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.ServiceCorner;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.FixtureNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The corners of confd's behaviour ({@link FidelityCorners}: ports in peerIP, BGPPeers with only
 * node, node BGPConfigurations with {@code []}, Services without optional fields, both stored
 * forms) against the invariants that do not depend on them: writing and reading back, and
 * planning incrementally as they arrive one by one.
 */
class CornerProperties {

  @Provide
  Arbitrary<ClusterDesign> designs() {
    return CalicoArbitraries.clusterDesigns(6)
        .filter(design -> !design.corners().isNone());
  }

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return designs().map(ClusterDesign::build);
  }

  /** {@code []} stays apart from absent through the YAML writer and reader, and so do plans. */
  @Property(tries = 60)
  void aClusterWithCornersReadsBackFromYamlWithTheSamePlans(
      @ForAll("clusters") CalicoCluster cluster) {
    List<Resource> read = Manifests.read(cluster.toYaml(), "corners.yaml").all();

    assertThat(read).isEqualTo(cluster.resources().all());
    PeeringEngine engine = new PeeringEngine(cluster.peeringOptions());
    assertThat(engine.planAll(ClusterSnapshot.of(read, cluster.datastore())).nodes())
        .isEqualTo(cluster.plan().nodes());
  }

  /**
   * A cluster's state that receives the corners one resource at a time (the default
   * BGPConfiguration replaced, BGPPeers, node BGPConfigurations, Services and EndpointSlices
   * added), then loses them again, plans every node as the engine does from scratch after each
   * event, in the stored form of the cluster's datastore.
   */
  @Property(tries = 60)
  void incrementalPlansEqualPlanningFromScratchAsCornersComeAndGo(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster plain = design.withCorners(FidelityCorners.NONE).build();
    CalicoCluster cornered = design.build();
    PeeringEngine engine = new PeeringEngine(cornered.peeringOptions());
    Map<ResourceKey, Resource> before = byKey(plain.resources().all());
    Map<ResourceKey, Resource> after = byKey(cornered.resources().all());
    List<Resource> arriving = new ArrayList<>();
    after.forEach((key, resource) -> {
      if (!Objects.equals(before.get(key), resource)) {
        arriving.add(resource);
      }
    });
    Statistics.collect(arriving.size() < 4 ? "fewer than 4 corner resources" : "4 or more");

    Datastore datastore = cornered.datastore();
    ClusterState state = ClusterState.of(plain.resources().all(), engine, datastore);
    for (Resource resource : arriving) {
      state.apply(ResourceEvent.upsert(resource));
      assertSamePlans(state, engine, datastore, "after " + ResourceKey.of(resource));
    }
    for (int i = arriving.size() - 1; i >= 0; i--) {
      ResourceKey key = ResourceKey.of(arriving.get(i));
      Resource original = before.get(key);
      state.apply(original == null ? ResourceEvent.delete(key) : ResourceEvent.upsert(original));
      assertSamePlans(state, engine, datastore, "after undoing " + key);
    }
    assertThat(state.plan().nodes()).isEqualTo(
        engine.planAll(ClusterSnapshot.of(plain.resources().all(), datastore)).nodes());
  }

  /**
   * confd's debug level for a node (bgp_processor.go reads {@code node.<name>}'s
   * logSeverityScreen first): on the Kubernetes datastore a node BGPConfiguration always has one
   * (the CRD stores {@code Info}), so the global level reaches only nodes without one; on etcd an
   * unset level falls back to the global one.
   */
  @Property(tries = 100)
  void aNodeBGPConfigurationDecidesItsNodesLogLevelAsTheDatastoreStoresIt(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster cluster = design.build();
    FidelityCorners corners = design.corners();
    String global = corners.globalLogSeverityScreen() == null ? "Info"
        : corners.globalLogSeverityScreen();
    Map<String, NodeConfiguration> own = ownConfigurations(corners, cluster);
    ClusterPlan plan = cluster.plan();
    for (FixtureNode node : cluster.nodes()) {
      NodeConfiguration config = own.get(node.name());
      String level = config == null ? global
          : config.logSeverityScreen() != null ? config.logSeverityScreen()
          : cluster.datastore() == Datastore.KUBERNETES ? "Info" : global;
      LogLevel expected = switch (level) {
        case "Debug" -> LogLevel.DEBUG;
        case "Info" -> LogLevel.INFO;
        default -> LogLevel.NONE;
      };
      assertThat(plan.node(node.name()).orElseThrow().logLevel()).as(node.name())
          .isEqualTo(expected);
    }
  }

  /**
   * A node's {@code prefixAdvertisements} replace the global ones whenever they are not nil
   * (bgp_processor.go): {@code []} stored by the Kubernetes API leaves the node no community,
   * while etcd drops the empty list ({@code omitempty}) and the node takes the global ones.
   */
  @Property(tries = 100)
  void anEmptyNodePrefixAdvertisementListHidesTheGlobalCommunitiesOnlyOnKubernetes(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster cluster = design.build();
    FidelityCorners corners = design.corners();
    Map<String, NodeConfiguration> own = ownConfigurations(corners, cluster);
    ClusterPlan plan = cluster.plan();
    for (FixtureNode node : cluster.nodes()) {
      NodeConfiguration config = own.get(node.name());
      Prefixes prefixes = config == null ? Prefixes.ABSENT : config.prefixes();
      boolean hidden = prefixes == Prefixes.EMPTY && cluster.datastore() == Datastore.KUBERNETES;
      for (IPFamily family : IPFamily.values()) {
        if (node.address(family) == null) {
          continue;
        }
        List<PrefixCommunities> expected;
        if (prefixes == Prefixes.OWN) {
          expected = family == IPFamily.V4
              ? List.of(new PrefixCommunities("10.244.0.0/16", List.of("65001:300"))) : List.of();
        } else if (hidden || !corners.globalCommunities()) {
          expected = List.of();
        } else {
          expected = family == IPFamily.V4
              ? List.of(new PrefixCommunities("10.244.0.0/16", List.of("65000:100", "65000:200")))
              : List.of(new PrefixCommunities("fd00:244::/48", List.of("65000:100")));
        }
        Statistics.collect(prefixes, cluster.datastore());
        assertThat(plan.node(node.name()).orElseThrow().family(family).communities())
            .as("%s %s", node.name(), family).isEqualTo(expected);
      }
    }
  }

  /**
   * A peerIP with a port reverses in the family of its host (parseIPPort, then the reverse pass of
   * updatePeersV1): every peer the BGPPeer gives any node is of that family, and the node at the
   * address, when {@code nodesWithIPPortAndAS} matches it (its AS, and the port one it may
   * listen on), peers back with each of the BGPPeer's nodes in that family.
   */
  @Property(tries = 100)
  void aPeerIPWithAPortPeersAndReversesInTheFamilyOfItsHost(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster cluster = design.build();
    FidelityCorners corners = design.corners();
    List<FixtureNode> nodes = cluster.nodes();
    Map<String, NodeConfiguration> own = ownConfigurations(corners, cluster);
    int globalPort = design.listenPort() == null ? 0 : design.listenPort();
    ClusterPlan plan = cluster.plan();
    for (int k = 0; k < corners.portPeers().size(); k++) {
      PortPeer p = corners.portPeers().get(k);
      String name = "port-peer-" + (k + 1);
      for (NodePlan node : plan.nodes()) {
        assertThat(node.peers()).filteredOn(peer -> name.equals(peer.bgpPeerName()))
            .as("%s on %s", name, node.nodeName()).allMatch(peer -> peer.family() == p.family());
      }
      FixtureNode target = nodes.get(Math.floorMod(p.to(), nodes.size()));
      NodeConfiguration config = own.get(target.name());
      Integer nodePort = config == null ? null : config.listenPort();
      boolean matches = p.nodeAs() && target.address(p.family()) != null
          && (nodePort == null || nodePort == p.port())
          && (globalPort == 0 || globalPort == p.port());
      Statistics.collect(matches ? "reversed" : "not reversed");
      if (!matches) {
        continue;
      }
      List<FixtureNode> from = p.allNodes() ? nodes
          : List.of(nodes.get(Math.floorMod(p.from(), nodes.size())));
      for (FixtureNode local : from) {
        if (local == target || local.address(p.family()) == null) {
          continue;
        }
        IPAddress address = local.address(p.family()).address();
        assertThat(plan.node(target.name()).orElseThrow().family(p.family()).peers())
            .as("%s reversed on %s to %s", name, target.name(), local.name())
            .anyMatch(peer -> peer.address().equals(address));
      }
    }
  }

  /**
   * A BGPPeer with only {@code node: X}: confd's reverse pass calls {@code
   * nodesWithIPPortAndAS("", 0, 0)}, which matches every node in the cluster's AS without an
   * IPv4 or an IPv6 address; the family is IPv4 (no colon in ""), so each such node with an IPv4
   * address peers with X's IPv4 address.
   */
  @Property(tries = 100)
  void aBGPPeerWithOnlyANodeReversesToEveryNodeMissingAFamily(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster cluster = design.build();
    List<FixtureNode> nodes = cluster.nodes();
    ClusterPlan plan = cluster.plan();
    for (int k = 0; k < design.corners().nodeOnlyPeers().size(); k++) {
      String name = "only-node-" + (k + 1);
      FixtureNode x = nodes.get(Math.floorMod(design.corners().nodeOnlyPeers().get(k),
          nodes.size()));
      for (NodePlan node : plan.nodes()) {
        assertThat(node.peers()).filteredOn(peer -> name.equals(peer.bgpPeerName()))
            .as("%s on %s", name, node.nodeName())
            .allMatch(peer -> peer.family() == IPFamily.V4 && x.ipv4() != null
                && peer.address().equals(x.ipv4().address()));
      }
      if (x.ipv4() == null) {
        continue;
      }
      for (FixtureNode m : nodes) {
        boolean missesAFamily = m.ipv4() == null || m.ipv6() == null;
        if (m == x || m.ipv4() == null || !missesAFamily
            || !m.asNumber().equals(design.asNumber())) {
          continue;
        }
        Statistics.collect("reversed to a node missing a family");
        assertThat(plan.node(m.name()).orElseThrow().ipv4().peers())
            .as("%s on %s", name, m.name())
            .anyMatch(peer -> peer.address().equals(x.ipv4().address()));
      }
    }
  }

  /**
   * A LoadBalancer written without {@code externalTrafficPolicy} is stored with {@code Cluster}
   * (Kubernetes' SetDefaults_Service), so confd advertises its single external and ingress IPs
   * from every node once it has an EndpointSlice ({@code advertiseThisService}, routes.go), on
   * either datastore; without an EndpointSlice it is never evaluated, and a {@code /32} range is
   * never advertised as a whole.
   */
  @Property(tries = 100)
  void aLoadBalancerWithoutPolicyAdvertisesItsSingleIpsFromEveryNode(
      @ForAll("designs") ClusterDesign design) {
    CalicoCluster cluster = design.build();
    FidelityCorners corners = design.corners();
    if (!corners.singleIpServiceRanges()) {
      return;
    }
    ClusterPlan plan = cluster.plan();
    for (int k = 1; k <= corners.services().size(); k++) {
      ServiceCorner service = corners.services().get(k - 1);
      boolean clusterPolicy = service.externalTrafficPolicy() == null
          || service.externalTrafficPolicy().equals("Cluster");
      if (!"LoadBalancer".equals(service.type()) || !clusterPolicy) {
        continue;
      }
      Statistics.collect(service.externalTrafficPolicy() == null ? "policy absent" : "Cluster",
          service.endpoints() ? "endpoints" : "no endpoints");
      for (String ip : List.of("198.51.100." + k, "203.0.113." + k)) {
        for (NodePlan node : plan.nodes()) {
          if (!node.ipv4().enabled()) {
            continue;
          }
          boolean advertised = node.ipv4().staticRoutes().contains(ip + "/32");
          assertThat(advertised).as("%s on %s", ip, node.nodeName())
              .isEqualTo(service.endpoints());
        }
      }
    }
  }

  /** The first {@code node.<name>} configuration of each node, as {@code addTo} keeps it. */
  private static Map<String, NodeConfiguration> ownConfigurations(
      FidelityCorners corners, CalicoCluster cluster) {
    Map<String, NodeConfiguration> own = new LinkedHashMap<>();
    List<FixtureNode> nodes = cluster.nodes();
    for (NodeConfiguration c : corners.nodeConfigurations()) {
      own.putIfAbsent(nodes.get(Math.floorMod(c.node(), nodes.size())).name(), c);
    }
    return own;
  }

  private static void assertSamePlans(
      ClusterState state, PeeringEngine engine, Datastore datastore, String when) {
    ClusterPlan fromScratch = engine.planAll(ClusterSnapshot.of(state.resources(), datastore));
    assertThat(List.copyOf(state.plan().nodes())).as(when)
        .isEqualTo(List.copyOf(fromScratch.nodes()));
  }

  private static Map<ResourceKey, Resource> byKey(List<Resource> resources) {
    Map<ResourceKey, Resource> map = new LinkedHashMap<>();
    resources.forEach(r -> map.put(ResourceKey.of(r), r));
    return map;
  }
}
