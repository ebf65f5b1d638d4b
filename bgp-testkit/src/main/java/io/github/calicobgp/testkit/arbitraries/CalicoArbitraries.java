package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of valid Calico resources and clusters. Every value passes Calico's
 * validation; clusters come from {@link ClusterDesign}s, so that shrinking gives small, readable
 * counterexamples.
 *
 * <pre>{@code
 * @Property
 * void everyNodeHasAPeer(@ForAll("clusters") CalicoCluster cluster) { ... }
 *
 * @Provide
 * Arbitrary<CalicoCluster> clusters() {
 *   return CalicoArbitraries.clusters();
 * }
 * }</pre>
 */
public final class CalicoArbitraries {

  /** The largest number of ordinary nodes {@link #clusters()} and {@link #fullMeshes()} make. */
  public static final int DEFAULT_MAX_NODES = 12;

  private CalicoArbitraries() {}

  /**
   * Designs of clusters with 1 to {@link #DEFAULT_MAX_NODES} nodes: any family mix, up to three
   * route reflectors, racks with top-of-rack routers, zones, BGPPeers by selector and to
   * external routers, filters, passwords, a local workload peer, another port and encapsulations,
   * and the {@link #fidelityCorners()} of confd's behaviour on either datastore.
   *
   * @return the arbitrary designs
   */
  public static Arbitrary<ClusterDesign> clusterDesigns() {
    return clusterDesigns(DEFAULT_MAX_NODES);
  }

  /**
   * Designs like {@link #clusterDesigns()}, with 1 to {@code maxNodes} ordinary nodes.
   *
   * @param maxNodes the most ordinary nodes a design may have
   * @return the arbitrary designs
   */
  public static Arbitrary<ClusterDesign> clusterDesigns(int maxNodes) {
    return DesignArbitraries.designs(maxNodes);
  }

  /**
   * Clusters of {@link #clusterDesigns()}.
   *
   * @return the arbitrary clusters
   */
  public static Arbitrary<CalicoCluster> clusters() {
    return clusterDesigns().map(ClusterDesign::build);
  }

  /**
   * Clusters of {@link #clusterDesigns(int)}.
   *
   * @param maxNodes the most ordinary nodes a cluster may have
   * @return the arbitrary clusters
   */
  public static Arbitrary<CalicoCluster> clusters(int maxNodes) {
    return clusterDesigns(maxNodes).map(ClusterDesign::build);
  }

  /**
   * The corners of confd's behaviour that {@link #clusterDesigns()} adds to its designs, alone:
   * peerIPs with a port, BGPPeers with only {@code node}, {@code node.<name>} BGPConfigurations
   * ({@code prefixAdvertisements: []} apart from absent, a log level, a port), a global log level
   * and communities, Services without their optional fields, either datastore. Add them to a
   * design of your own with {@link ClusterDesign#withCorners(FidelityCorners)}.
   *
   * @return the arbitrary corners, shrinking towards {@link FidelityCorners#NONE}
   */
  public static Arbitrary<FidelityCorners> fidelityCorners() {
    return DesignArbitraries.corners();
  }

  /**
   * Clusters of 1 to {@link #DEFAULT_MAX_NODES} nodes and nothing but the mesh: any family mix,
   * AS numbers of the cluster and of some nodes, maybe a mesh password and another port.
   *
   * @return the arbitrary mesh clusters
   */
  public static Arbitrary<CalicoCluster> fullMeshes() {
    return DesignArbitraries.meshDesigns(DEFAULT_MAX_NODES).map(ClusterDesign::build);
  }

  /**
   * Private AS numbers, 2-byte (64512-65534) and 4-byte (4200000000-4294967294).
   *
   * @return the arbitrary AS numbers
   */
  public static Arbitrary<ASNumber> asNumbers() {
    return ResourceArbitraries.asNumbers();
  }

  /**
   * Label maps of up to four entries, valid Kubernetes keys and values, often the fixtures'.
   *
   * @return the arbitrary label maps
   */
  public static Arbitrary<Map<String, String>> labels() {
    return ResourceArbitraries.labels();
  }

  /**
   * Selectors over the labels the fixtures use ({@code rack}, {@code zone}, {@code
   * route-reflector}...): {@code all()}, {@code has}, equality and {@code in} terms joined by
   * {@code &&} and {@code ||}.
   *
   * @return the arbitrary selector texts
   */
  public static Arbitrary<String> selectors() {
    return ResourceArbitraries.selectors();
  }

  /**
   * Nodes with labels, an IPv4 and/or IPv6 address, maybe their own AS and a cluster id.
   *
   * @return the arbitrary Nodes
   */
  public static Arbitrary<Node> nodes() {
    return ResourceArbitraries.nodes();
  }

  /**
   * BGPPeers of every shape (selectors, a node or all nodes to an address, local workloads)
   * with optional password, timers, TTL security, allowed local AS, next-hop and source modes.
   *
   * @return the arbitrary BGPPeers
   */
  public static Arbitrary<BGPPeer> bgpPeers() {
    return ResourceArbitraries.bgpPeers();
  }

  /**
   * BGPFilter rules of {@code family} using every condition, action and operation.
   *
   * @param family the family of the rules' networks
   * @return the arbitrary rules
   */
  public static Arbitrary<BGPFilterRule> bgpFilterRules(IPFamily family) {
    return FilterArbitraries.rules(family);
  }

  /**
   * BGPFilters with up to three rules in each direction and family.
   *
   * @return the arbitrary BGPFilters
   */
  public static Arbitrary<BGPFilter> bgpFilters() {
    return FilterArbitraries.bgpFilters();
  }
}
