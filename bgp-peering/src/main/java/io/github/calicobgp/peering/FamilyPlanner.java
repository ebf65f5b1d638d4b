package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assembles what one node gets in one family: {@code GetBirdBGPConfig} in
 * confd/pkg/backends/calico/bgp_processor.go, the service routes of
 * confd/pkg/backends/calico/routes.go and the static routes of
 * node/filesystem/etc/calico/confd/templates/bird_aggr.cfg.template.
 */
final class FamilyPlanner {
  private FamilyPlanner() {}

  /** The family plan of {@code node}, from its global and own key spaces. */
  static FamilyPlan plan(PlanContext context, CalicoNode node, ASNumber nodeAS, IPFamily family,
      KeySpace global, KeySpace own) {
    ClusterSettings settings = context.settings();
    IPAddress address = node.address(family);
    Integer listenPort = settings.listenPortOf(node.name()) == 0
        ? null : settings.listenPortOf(node.name());
    ServiceRoutes.Routes routes = context.serviceRoutes().forNode(node, family);
    List<Peer> peers = address == null ? List.of()
        : peers(context, new LocalEnd(node, family, address, nodeAS,
            node.routeReflectorClusterId()), global, own);
    return new FamilyPlan(
        family,
        address,
        // Calico's quirk (processIPPools, confd/pkg/backends/calico/bgp_processor.go): no
        // network without an address, so no IPv4 kernel pool statements.
        node.network(family),
        settings.bindsNodeIP() ? address : null,
        listenPort,
        settings.normalRoutePriority(family),
        Communities.of(settings, node.name(), family),
        context.nodeLevel().pools(family),
        BlockRoutes.of(context.snapshot().blockAffinities(node), family),
        routes.staticRoutes(),
        routes.rejectRoutes(),
        reachableRoutes(global, family),
        reachableRoutes(own, family),
        context.nodeLevel().wireguardNextHops(node, family),
        peers);
  }

  /**
   * Mesh, global, local-workload and node peers, sorted bytewise by name (as
   * {@code GetBirdBGPConfig} sorts them, confd/pkg/backends/calico/bgp_processor.go); a mesh peer
   * and a BGPPeer's peer to the same address are both kept ({@code processPeers}). Equal names (two
   * nodes sharing an address in the mesh) keep node-name order; Go's unstable sort leaves that
   * open.
   *
   * <p>The peers are added in runs already sorted by name (the mesh's, then each BGPPeer's run of
   * records), and the stable sort merges them: the same result as sorting the peers in emission
   * order, in linear time rather than n log n for a route reflector with a peer per node. The
   * mesh's run, made of n-1 peers on every node of an n-node mesh, is not stored: {@link
   * PlannedPeers} merges it with the others, in the same order.
   */
  private static List<Peer> peers(
      PlanContext context, LocalEnd local, KeySpace global, KeySpace own) {
    List<Peer> peers = new ArrayList<>(global.records().size() + own.records().size());
    addRecordPeers(peers, context, local, global);
    addRecordPeers(peers, context, local, own);
    peers.sort(Comparator.comparing(Peer::name));
    // The mesh's run is merged in by PlannedPeers, which makes its peers when they are read.
    return PlannedPeers.of(MeshPeers.of(context, local), peers);
  }

  private static void addRecordPeers(List<Peer> peers, PlanContext context, LocalEnd local,
      KeySpace space) {
    space.forEachByPeerName(record -> {
      if (record.ip().family() == local.family()) {
        Peer peer = RecordPeers.of(context, local, record);
        if (peer != null) {
          peers.add(peer);
        }
      }
    });
  }

  /**
   * The reachableBy routes of a key space, from the raw records in key order: the node's own
   * address is not left out and several ports give several routes (the {@code
   * /bgp/v1/global/peer_v4} loop of
   * node/filesystem/etc/calico/confd/templates/bird_aggr.cfg.template).
   */
  private static List<ReachableRoute> reachableRoutes(KeySpace space, IPFamily family) {
    List<PeeringRecord> records = new ArrayList<>();
    for (PeeringRecord record : space.records()) {
      if (record.ip().family() == family && !record.reachableBy().isEmpty()) {
        records.add(record);
      }
    }
    records.sort(Comparator.comparing(PeeringRecord::key));
    List<ReachableRoute> routes = new ArrayList<>(records.size());
    for (PeeringRecord record : records) {
      routes.add(new ReachableRoute(record.ip(), record.reachableBy()));
    }
    return routes;
  }
}
