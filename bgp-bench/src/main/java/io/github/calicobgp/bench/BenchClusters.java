package io.github.calicobgp.bench;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.testkit.fixtures.BGPFilters;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.CalicoClusterBuilder;
import java.util.List;

/**
 * The clusters the benchmarks run on, made with the testkit's fixtures: a plain full mesh, and
 * the shape of a large production cluster (route reflectors, racks with top-of-rack routers,
 * BGPFilters on the routers' sessions).
 *
 * <p>The fixture's own {@code racks(n)} stops at 9 racks (its routers take hosts 1-9 of the node
 * subnet), so the large cluster labels racks and adds its top-of-rack BGPPeers itself, through the
 * builder's public {@code label} and {@code bgpPeer}.
 */
public final class BenchClusters {

  /** The ordinary nodes of one rack; they peer with their rack's top-of-rack router. */
  public static final int NODES_PER_RACK = 40;

  /** The route reflectors of {@link #reflectorCluster(int)}, sharing one cluster id. */
  public static final int ROUTE_REFLECTORS = 3;

  /** The label a node's rack is in. */
  public static final String RACK_LABEL = "rack";

  /** Large enough for a /26 block (on a /24 stride) for each of 10,000+ nodes. */
  static final String POD_POOL = "10.128.0.0/9";

  /** Exports only pod routes to the top-of-rack routers. */
  static final String PODS_ONLY = "pods-only";

  /** Refuses a default route from the top-of-rack routers. */
  static final String NO_DEFAULT_ROUTE = "no-default-route";

  /** Refuses host routes; defined in the cluster, used by no BGPPeer. */
  static final String NO_HOST_ROUTES = "no-host-routes";

  private static final long FIRST_TOR_AS = 65001;

  private BenchClusters() {}

  /** A full mesh of {@code nodes} IPv4 nodes, each with a pod block: n-1 peers per node. */
  public static CalicoCluster mesh(int nodes) {
    return CalicoCluster.fullMesh(nodes).ipv4PodPool(POD_POOL).build();
  }

  /**
   * A full mesh of {@code nodes} dual-stack nodes (an IPv4 and an IPv6 address, a pod block of
   * each family): n-1 peers per node and family.
   */
  public static CalicoCluster dualStackMesh(int nodes) {
    return CalicoCluster.fullMesh(nodes).dualStack().ipv4PodPool(POD_POOL).build();
  }

  /**
   * {@code nodes} IPv4 nodes with Kubernetes' usual node labels, in racks of {@link
   * #NODES_PER_RACK} ({@code rack-1...}), plus {@link #ROUTE_REFLECTORS} route reflectors with one
   * shared cluster id and no mesh. Every node peers with the reflectors; each rack's nodes also
   * peer, by a BGPPeer with {@code nodeSelector: rack == 'rack-j'}, with their top-of-rack router
   * in AS {@code 65000 + j}, through BGPFilters {@code pods-only} and {@code no-default-route}.
   */
  public static CalicoCluster reflectorCluster(int nodes) {
    CalicoClusterBuilder builder = CalicoCluster.builder()
        .nodes(nodes)
        .routeReflectors(ROUTE_REFLECTORS)
        .ipv4PodPool(POD_POOL)
        .label("kubernetes.io/os", "linux")
        .label("kubernetes.io/arch", "amd64")
        .label("node.kubernetes.io/instance-type", "m5.xlarge")
        .label("topology.kubernetes.io/zone", "zone-a")
        .filter(BGPFilters.exportOnly(PODS_ONLY, POD_POOL))
        .filter(importReject(NO_DEFAULT_ROUTE, BGPFilterRule.builder()
            .match("Equal", "0.0.0.0/0").action("Reject").build()))
        .filter(importReject(NO_HOST_ROUTES, BGPFilterRule.builder()
            .match("In", "0.0.0.0/0").prefixLength(32, 32).action("Reject").build()));
    for (int i = 1; i <= nodes; i++) {
      builder.label("node-" + i, RACK_LABEL, rackName(rackOf(i)));
    }
    for (int rack = 1; rack <= racks(nodes); rack++) {
      String selector = RACK_LABEL + " == '" + rackName(rack) + "'";
      String router = torAddress(rack);
      ASNumber as = ASNumber.of(FIRST_TOR_AS + rack - 1);
      builder.bgpPeer(rackName(rack) + "-tor", spec -> spec.nodeSelector(selector)
          .peerIP(router).asNumber(as).addFilter(PODS_ONLY).addFilter(NO_DEFAULT_ROUTE));
    }
    return builder.build();
  }

  /** The number of racks {@code nodes} ordinary nodes fill. */
  public static int racks(int nodes) {
    return (nodes + NODES_PER_RACK - 1) / NODES_PER_RACK;
  }

  /** The rack (from 1) of {@code node-i}. */
  public static int rackOf(int i) {
    return (i - 1) / NODES_PER_RACK + 1;
  }

  /** The rack's label value, e.g. {@code rack-7}. */
  public static String rackName(int rack) {
    return "rack-" + rack;
  }

  /** The top-of-rack router of {@code rack}, in 10.98.0.0/16, outside the nodes' subnet. */
  static String torAddress(int rack) {
    return "10.98." + (rack >> 8) + "." + (rack & 0xff);
  }

  private static BGPFilter importReject(String name, BGPFilterRule rule) {
    return new BGPFilter(ObjectMeta.named(name),
        new BGPFilterSpec(List.of(), List.of(rule), List.of(), List.of()));
  }
}
