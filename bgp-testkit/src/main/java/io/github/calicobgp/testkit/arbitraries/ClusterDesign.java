package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.testkit.fixtures.Addressing;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.CalicoClusterBuilder;
import io.github.calicobgp.testkit.fixtures.Encapsulation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A small description of a cluster that {@link CalicoArbitraries} generates and jqwik shrinks:
 * counts, switches and a few choices, each of which {@link #toBuilder()} turns into fixture
 * options. Shrinking it shrinks the cluster in meaningful steps (fewer nodes, no reflectors, no
 * racks, no extra peers), and its {@code toString()} reads as a recipe.
 *
 * @param nodes ordinary nodes, at least 1
 * @param routeReflectors route reflectors besides them
 * @param separateClusterIds whether each reflector has its own cluster id
 * @param mesh the mesh setting, or null for the default (on unless there are reflectors)
 * @param addressing the families of the nodes
 * @param mixedFamilies whether every third node, from the second, is IPv4-only and every third,
 *     from the third, IPv6-only, whatever {@code addressing} says
 * @param asNumber the cluster's AS number
 * @param ownAsNodes how many of the first nodes have an AS of their own (65100, 65101...)
 * @param racks racks of ordinary nodes with a top-of-rack router each, at most {@code nodes}
 * @param perRackAs whether the nodes of each rack have an AS of their own (65200, 65201...)
 * @param zones how many zones ({@code zone} label {@code a}, {@code b}, ...) the nodes are spread
 *     over, 0 for no label
 * @param selectorPeerings BGPPeers between nodes by selector
 * @param externalPeers BGPPeers to routers outside the cluster, cycling through the shapes (by
 *     node, by node selector, by node with a port, global) and alternating IPv4 and IPv6
 * @param filters BGPFilters, applied to the top-of-rack and external peers
 * @param passwords whether the mesh (when on) and the top-of-rack sessions have passwords
 * @param localWorkloads whether the first node runs a BGP speaker pod that it peers with
 * @param listenPort the BGP port, or null for 179
 * @param encapsulation the pools' encapsulation
 * @param birdProgramsClusterRoutes whether BIRD programs every pool's routes ({@code
 *     programClusterRoutes: Enabled}), IPIP ones included
 * @param corners the corners of confd's behaviour added to the cluster ({@link
 *     FidelityCorners#NONE} for none), and its datastore
 */
public record ClusterDesign(
    int nodes,
    int routeReflectors,
    boolean separateClusterIds,
    @Nullable Boolean mesh,
    Addressing addressing,
    boolean mixedFamilies,
    ASNumber asNumber,
    int ownAsNodes,
    int racks,
    boolean perRackAs,
    int zones,
    List<SelectorPeering> selectorPeerings,
    int externalPeers,
    List<BGPFilter> filters,
    boolean passwords,
    boolean localWorkloads,
    @Nullable Integer listenPort,
    Encapsulation encapsulation,
    boolean birdProgramsClusterRoutes,
    FidelityCorners corners) {

  /**
   * A BGPPeer between nodes by selector.
   *
   * @param firstNodeOnly whether the local side is {@code node: node-1} rather than the node
   *     selector
   * @param nodeSelector the local nodes
   * @param peerSelector the remote nodes
   * @param manualReverse whether {@code reversePeering} is {@code Manual}
   */
  public record SelectorPeering(
      boolean firstNodeOnly, String nodeSelector, String peerSelector, boolean manualReverse) {

    /**
     * Checks that no component is null.
     *
     * @param firstNodeOnly whether the local side is {@code node: node-1} rather than the node
     *     selector
     * @param nodeSelector the local nodes
     * @param peerSelector the remote nodes
     * @param manualReverse whether {@code reversePeering} is {@code Manual}
     */
    public SelectorPeering {
      Objects.requireNonNull(nodeSelector, "nodeSelector");
      Objects.requireNonNull(peerSelector, "peerSelector");
    }
  }

  /**
   * Brings the counts within range (racks at most nodes...) and copies the lists.
   *
   * @param nodes ordinary nodes, at least 1
   * @param routeReflectors route reflectors besides them
   * @param separateClusterIds whether each reflector has its own cluster id
   * @param mesh the mesh setting, or null for the default (on unless there are reflectors)
   * @param addressing the families of the nodes
   * @param mixedFamilies whether every third node, from the second, is IPv4-only and every third,
   *     from the third, IPv6-only, whatever {@code addressing} says
   * @param asNumber the cluster's AS number
   * @param ownAsNodes how many of the first nodes have an AS of their own (65100, 65101...)
   * @param racks racks of ordinary nodes with a top-of-rack router each, at most {@code nodes}
   * @param perRackAs whether the nodes of each rack have an AS of their own (65200, 65201...)
   * @param zones how many zones ({@code zone} label {@code a}, {@code b}, ...) the nodes are spread
   *     over, 0 for no label
   * @param selectorPeerings BGPPeers between nodes by selector
   * @param externalPeers BGPPeers to routers outside the cluster, cycling through the shapes (by
   *     node, by node selector, by node with a port, global) and alternating IPv4 and IPv6
   * @param filters BGPFilters, applied to the top-of-rack and external peers
   * @param passwords whether the mesh (when on) and the top-of-rack sessions have passwords
   * @param localWorkloads whether the first node runs a BGP speaker pod that it peers with
   * @param listenPort the BGP port, or null for 179
   * @param encapsulation the pools' encapsulation
   * @param birdProgramsClusterRoutes whether BIRD programs every pool's routes ({@code
   *     programClusterRoutes: Enabled}), IPIP ones included
   * @param corners the corners of confd's behaviour added to the cluster ({@link
   *     FidelityCorners#NONE} for none), and its datastore
   */
  public ClusterDesign {
    if (nodes < 1) {
      throw new IllegalArgumentException("a design needs at least one ordinary node");
    }
    Objects.requireNonNull(addressing, "addressing");
    Objects.requireNonNull(asNumber, "asNumber");
    Objects.requireNonNull(encapsulation, "encapsulation");
    Objects.requireNonNull(corners, "corners");
    routeReflectors = Math.max(0, routeReflectors);
    ownAsNodes = Math.max(0, Math.min(ownAsNodes, nodes));
    racks = Math.max(0, Math.min(racks, nodes));
    zones = Math.max(0, zones);
    externalPeers = Math.max(0, externalPeers);
    selectorPeerings = List.copyOf(selectorPeerings);
    filters = List.copyOf(filters);
  }

  /**
   * A design without corners ({@link FidelityCorners#NONE}).
   *
   * @param nodes ordinary nodes, at least 1
   * @param routeReflectors route reflectors besides them
   * @param separateClusterIds whether each reflector has its own cluster id
   * @param mesh the mesh setting, or null for the default (on unless there are reflectors)
   * @param addressing the families of the nodes
   * @param mixedFamilies whether every third node, from the second, is IPv4-only and every third,
   *     from the third, IPv6-only, whatever {@code addressing} says
   * @param asNumber the cluster's AS number
   * @param ownAsNodes how many of the first nodes have an AS of their own (65100, 65101...)
   * @param racks racks of ordinary nodes with a top-of-rack router each, at most {@code nodes}
   * @param perRackAs whether the nodes of each rack have an AS of their own (65200, 65201...)
   * @param zones how many zones ({@code zone} label {@code a}, {@code b}, ...) the nodes are spread
   *     over, 0 for no label
   * @param selectorPeerings BGPPeers between nodes by selector
   * @param externalPeers BGPPeers to routers outside the cluster, cycling through the shapes (by
   *     node, by node selector, by node with a port, global) and alternating IPv4 and IPv6
   * @param filters BGPFilters, applied to the top-of-rack and external peers
   * @param passwords whether the mesh (when on) and the top-of-rack sessions have passwords
   * @param localWorkloads whether the first node runs a BGP speaker pod that it peers with
   * @param listenPort the BGP port, or null for 179
   * @param encapsulation the pools' encapsulation
   * @param birdProgramsClusterRoutes whether BIRD programs every pool's routes ({@code
   *     programClusterRoutes: Enabled}), IPIP ones included
   */
  public ClusterDesign(int nodes, int routeReflectors, boolean separateClusterIds,
      @Nullable Boolean mesh, Addressing addressing, boolean mixedFamilies, ASNumber asNumber,
      int ownAsNodes, int racks, boolean perRackAs, int zones,
      List<SelectorPeering> selectorPeerings, int externalPeers, List<BGPFilter> filters,
      boolean passwords, boolean localWorkloads, @Nullable Integer listenPort,
      Encapsulation encapsulation, boolean birdProgramsClusterRoutes) {
    this(nodes, routeReflectors, separateClusterIds, mesh, addressing, mixedFamilies, asNumber,
        ownAsNodes, racks, perRackAs, zones, selectorPeerings, externalPeers, filters, passwords,
        localWorkloads, listenPort, encapsulation, birdProgramsClusterRoutes,
        FidelityCorners.NONE);
  }

  /**
   * {@return this design with {@code corners} instead of its own}
   *
   * @param corners the corners to add to the cluster
   */
  public ClusterDesign withCorners(FidelityCorners corners) {
    return new ClusterDesign(nodes, routeReflectors, separateClusterIds, mesh, addressing,
        mixedFamilies, asNumber, ownAsNodes, racks, perRackAs, zones, selectorPeerings,
        externalPeers, filters, passwords, localWorkloads, listenPort, encapsulation,
        birdProgramsClusterRoutes, corners);
  }

  /** {@return the fixture options of this design, its corners included} */
  public CalicoClusterBuilder toBuilder() {
    CalicoClusterBuilder b = baseBuilder();
    if (!corners.isNone()) {
      // The corners name nodes by position and need their addresses: those of the design alone.
      corners.addTo(b, baseBuilder().build().nodes());
    }
    return b;
  }

  private CalicoClusterBuilder baseBuilder() {
    CalicoClusterBuilder b = CalicoCluster.builder()
        .nodes(nodes)
        .routeReflectors(routeReflectors)
        .addressing(addressing)
        .asNumber(asNumber.value())
        .racks(racks)
        .encapsulation(encapsulation);
    if (separateClusterIds) {
      b.separateClusterIds();
    }
    if (mesh != null) {
      b.meshEnabled(mesh);
    }
    if (mixedFamilies) {
      for (int i = 2; i <= nodes; i++) {
        if (i % 3 != 1) {
          b.addressing("node-" + i, i % 3 == 2 ? Addressing.IPV4 : Addressing.IPV6);
        }
      }
    }
    for (int i = 1; i <= ownAsNodes; i++) {
      b.nodeAsNumber("node-" + i, 65099 + i);
    }
    if (perRackAs && racks > 0) {
      b.perRackAsNumbers(65200);
    }
    for (int i = 1; zones > 0 && i <= nodes; i++) {
      b.label("node-" + i, "zone", String.valueOf((char) ('a' + (i - 1) % zones)));
    }
    filters.forEach(filter -> {
      if (racks > 0) {
        b.torFilter(filter);
      } else {
        b.filter(filter);
      }
    });
    addPeerings(b);
    if (passwords) {
      if (meshEnabled()) {
        b.meshPassword("mesh-secret");
      }
      if (racks > 0) {
        b.torPassword("tor-secret");
      }
    }
    if (localWorkloads) {
      b.localWorkloadPeers(65300, "node-1");
    }
    if (listenPort != null) {
      b.listenPort(listenPort);
    }
    if (birdProgramsClusterRoutes) {
      b.bgpConfiguration(c -> c.programClusterRoutes("Enabled"));
    }
    return b;
  }

  /** {@return whether the mesh is on: as set, else when there are no route reflectors} */
  public boolean meshEnabled() {
    return mesh != null ? mesh : routeReflectors == 0;
  }

  /** {@return the cluster of this design} */
  public CalicoCluster build() {
    return toBuilder().build();
  }

  private void addPeerings(CalicoClusterBuilder b) {
    for (int k = 0; k < selectorPeerings.size(); k++) {
      SelectorPeering p = selectorPeerings.get(k);
      b.bgpPeer("selector-peering-" + (k + 1), spec -> {
        if (p.firstNodeOnly()) {
          spec.node("node-1");
        } else {
          spec.nodeSelector(p.nodeSelector());
        }
        return spec.peerSelector(p.peerSelector()).reversePeering(p.manualReverse() ? "Manual" : null);
      });
    }
    for (int k = 1; k <= externalPeers; k++) {
      // Cycling through the shapes: by node, by node selector with a port, by node with a port,
      // global; IPv4 and IPv6 addresses alternate.
      int shape = (k - 1) % 4;
      String host = k % 2 == 1 ? "192.0.2." + k : "2001:db8::" + k;
      String address = shape == 1 || shape == 2
          ? (host.contains(":") ? "[" + host + "]" : host) + ":1790" : host;
      String node = "node-" + ((k - 1) % nodes + 1);
      long peerAs = 65000 + k;
      b.bgpPeer("external-router-" + k, spec -> {
        spec.peerIP(address).asNumber(ASNumber.of(peerAs));
        switch (shape) {
          case 0, 2 -> spec.node(node);
          case 1 -> spec.nodeSelector("has(zone)");
          default -> {
            // Global: every node.
          }
        }
        filters.forEach(f -> spec.addFilter(f.metadata().nameOrEmpty()));
        return spec;
      });
    }
  }
}
