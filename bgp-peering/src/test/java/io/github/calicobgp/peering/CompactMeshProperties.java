package io.github.calicobgp.peering;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The compact mesh (mesh peers made on demand, the mesh's sessions held as a clique) answers
 * exactly as the same plans with every peer stored and every session paired one by one, the way
 * the session graph paired them before the mesh was compact: on random clusters with the mesh on
 * and off, shared addresses, route reflectors, BGPPeers between mesh members, ports and passwords.
 */
class CompactMeshProperties {

  private final PeeringEngine engine = new PeeringEngine();

  @Property(tries = 400)
  void compactMeshGivesTheSameSessionsAndFindingsAsEveryPeerStored(@ForAll long seed) {
    RandomClusterEvents events = new RandomClusterEvents(seed);
    ClusterState state = ClusterState.of(events.initial(), engine);
    state.apply(events.batch(0, 6));
    List<Resource> resources = new ArrayList<>(state.resources());
    if (events.nextInt(3) != 0) {
      // Mostly with the mesh on (no default BGPConfiguration): the clique is what is tested.
      resources.removeIf(r -> r instanceof BGPConfiguration c
          && "default".equals(c.metadata().nameOrEmpty()));
    }
    ClusterPlan plan = engine.planAll(ClusterSnapshot.of(resources));
    ClusterPlan stored = stored(plan);

    assertThat(List.copyOf(plan.nodes())).isEqualTo(List.copyOf(stored.nodes()));
    SessionGraph compact = SessionGraph.of(plan);
    SessionGraph reference = SessionGraph.of(stored);
    assertThat(List.copyOf(compact.nodeToNodeSessions()))
        .isEqualTo(List.copyOf(reference.nodeToNodeSessions()));
    assertThat(compact.nodeToNodeCount()).isEqualTo(reference.nodeToNodeSessions().size());
    assertThat(List.copyOf(compact.sessions())).isEqualTo(List.copyOf(reference.sessions()));
    assertThat(compact.halfOpenSessions()).isEqualTo(reference.halfOpenSessions());
    assertThat(compact.externalSessions()).isEqualTo(reference.externalSessions());
    assertThat(compact.sessionCounts()).isEqualTo(reference.sessionCounts());
    for (NodePlan node : plan.nodes()) {
      assertThat(compact.sessionsOf(node.nodeName()))
          .isEqualTo(reference.sessionsOf(node.nodeName()));
    }
    assertThat(Diagnostics.of(plan)).isEqualTo(Diagnostics.of(stored));
    Statistics.label("mesh sessions").collect(
        plan.nodes().stream().mapToInt(n -> n.ipv4().meshPeerCount()).sum() > 2);
  }

  /** The same plans with every peer in a plain list: no mesh made on demand, no clique. */
  private static ClusterPlan stored(ClusterPlan plan) {
    List<NodePlan> byPosition = new ArrayList<>();
    for (NodePlan node : plan.plansByPosition()) {
      byPosition.add(node == null ? null : new NodePlan(node.nodeName(), node.asNumber(),
          node.routerId(), node.logLevel(), node.ignoredInterfaces(),
          node.routeReflectorClusterId(), node.clusterRoutes(), node.serviceLoadBalancerIPs(),
          node.serviceExternalIPs(), node.bgpFilters(), stored(node.ipv4()),
          stored(node.ipv6())));
    }
    return new ClusterPlan(plan.snapshot(), plan.options(), byPosition,
        plan.shadowedByPosition());
  }

  private static FamilyPlan stored(FamilyPlan family) {
    List<Peer> peers = new ArrayList<>(family.peers());
    return new FamilyPlan(family.family(), family.address(), family.network(),
        family.listenAddress(), family.listenPort(), family.normalRoutePriority(),
        family.communities(), family.pools(), family.blocks(), family.staticRoutes(),
        family.rejectRoutes(), family.globalPeerRoutes(), family.nodePeerRoutes(),
        family.wireguardNextHops(), peers);
  }
}
