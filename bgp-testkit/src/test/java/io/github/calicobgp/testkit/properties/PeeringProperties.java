package io.github.calicobgp.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.ReversePeering;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.PeerIP;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.Session;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.testkit.arbitraries.CalicoArbitraries;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.FixtureNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** Invariants of the peering engine over generated clusters (moved here from bgp-peering). */
class PeeringProperties {

  @Provide
  Arbitrary<CalicoCluster> fullMeshes() {
    return CalicoArbitraries.fullMeshes();
  }

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return CalicoArbitraries.clusters();
  }

  @Property(tries = 200)
  void aFullMeshHasASessionPerPairOfNodesInEachFamily(
      @ForAll("fullMeshes") CalicoCluster cluster) {
    ClusterPlan plan = cluster.plan();
    SessionGraph graph = SessionGraph.of(plan);
    for (IPFamily family : IPFamily.values()) {
      long n = plan.nodes().stream().filter(p -> p.family(family).enabled()).count();
      assertThat(graph.nodeToNodeSessions().stream().filter(s -> s.family() == family))
          .as("%s sessions", family).hasSize((int) (n * (n - 1) / 2))
          .allMatch(s -> !s.isHalfOpen());
      for (NodePlan node : plan.nodes()) {
        if (node.family(family).enabled()) {
          assertThat(node.family(family).peers()).hasSize((int) n - 1)
              .allMatch(p -> p.kind() == PeerKind.MESH);
        }
      }
    }
    assertThat(graph.externalSessions()).isEmpty();
  }

  @Property(tries = 200)
  void exactlyOneSideOfEveryMeshedPairIsPassive(@ForAll("clusters") CalicoCluster cluster) {
    for (Session session : SessionGraph.of(cluster.plan()).nodeToNodeSessions()) {
      Peer first = session.first().peer();
      Peer second = session.second().peer();
      if (first != null && second != null
          && first.kind() == PeerKind.MESH && second.kind() == PeerKind.MESH) {
        assertThat(first.passive()).as("%s", session).isNotEqualTo(second.passive());
      }
    }
  }

  @Property(tries = 200)
  void routeReflectorsHaveNoMeshPeers(@ForAll("clusters") CalicoCluster cluster) {
    ClusterPlan plan = cluster.plan();
    for (NodePlan node : plan.nodes()) {
      if (node.isRouteReflector()) {
        assertThat(node.peers()).noneMatch(p -> p.kind() == PeerKind.MESH);
      }
      assertThat(node.peers()).filteredOn(p -> p.kind() == PeerKind.MESH)
          .allMatch(p -> !plan.node(p.remoteNodeName()).orElseThrow().isRouteReflector());
    }
  }

  @Property(tries = 200)
  void routeReflectorClientsFollowConfdsRule(@ForAll("clusters") CalicoCluster cluster) {
    ClusterPlan plan = cluster.plan();
    for (NodePlan node : plan.nodes()) {
      String own = node.routeReflectorClusterId();
      for (Peer peer : node.peers()) {
        // bgp_processor.go (route reflector handling) compares the record's rr_cluster_id, which
        // only nodeAsBGPPeers (client.go: selector and reverse peerings) fills in: a record of an
        // explicit peerIP has none, so a reflector takes the node at that address for a client
        // even when it shares the reflector's cluster id.
        String remote = peer.remoteNodeName() == null || isExplicitPeerIP(plan, peer) ? null
            : plan.node(peer.remoteNodeName()).orElseThrow().routeReflectorClusterId();
        boolean expected = peer.kind() != PeerKind.MESH && peer.isInternal() && own != null
            && !own.equals(remote);
        assertThat(peer.isRouteReflectorClient()).as("%s on %s", peer, node.nodeName())
            .isEqualTo(expected);
        if (expected) {
          assertThat(peer.routeReflectorClusterId()).isEqualTo(own);
        }
      }
    }
  }

  @Property(tries = 200)
  void selectorPeeringsAppearOnBothEndsUnlessManual(@ForAll("clusters") CalicoCluster cluster) {
    ClusterSnapshot snapshot = cluster.snapshot();
    ClusterPlan plan = cluster.plan();
    for (BGPPeer peer : snapshot.bgpPeers()) {
      if (peer.spec().peerSelector() == null) {
        continue;
      }
      boolean manual = ReversePeering.MANUAL.wireName().equals(peer.spec().reversePeering());
      List<String> local = peer.spec().node() != null
          ? List.of(peer.spec().node()) : snapshot.nodesMatching(peer.spec().nodeSelector());
      for (String l : local) {
        for (String p : snapshot.nodesMatching(peer.spec().peerSelector())) {
          for (IPFamily family : IPFamily.values()) {
            IPAddress lAddress = address(cluster, l, family);
            IPAddress pAddress = address(cluster, p, family);
            if (l.equals(p) || lAddress == null || pAddress == null) {
              continue;
            }
            assertThat(hasPeerAt(plan, l, family, pAddress)).as("%s: %s -> %s", peer, l, p)
                .isTrue();
            if (!manual) {
              assertThat(hasPeerAt(plan, p, family, lAddress)).as("%s: %s <- %s", peer, l, p)
                  .isTrue();
            }
          }
        }
      }
    }
  }

  @Property(tries = 100)
  void plansDoNotDependOnTheOrderOfTheResources(
      @ForAll("clusters") CalicoCluster cluster, @ForAll long seed) {
    List<Resource> shuffled = new ArrayList<>(cluster.resources().all());
    Collections.shuffle(shuffled, new Random(seed));
    PeeringEngine engine = new PeeringEngine(cluster.peeringOptions());

    assertThat(engine.planAll(ClusterSnapshot.of(shuffled, cluster.datastore())).nodes())
        .isEqualTo(engine.planAll(cluster.snapshot()).nodes());
  }

  @Property(tries = 100)
  void planAllEqualsPlanForEveryNode(@ForAll("clusters") CalicoCluster cluster) {
    ClusterSnapshot snapshot = cluster.snapshot();
    PeeringEngine engine = new PeeringEngine(cluster.peeringOptions());
    for (NodePlan node : engine.planAll(snapshot).nodes()) {
      assertThat(engine.plan(snapshot, node.nodeName())).isEqualTo(node);
    }
  }

  /** Whether the peer is the forward record of a BGPPeer's explicit peerIP. */
  private static boolean isExplicitPeerIP(ClusterPlan plan, Peer peer) {
    return plan.snapshot().bgpPeers().stream()
        .filter(b -> b.metadata().nameOrEmpty().equals(peer.bgpPeerName()))
        .anyMatch(b -> (b.spec().peerSelector() == null || b.spec().peerSelector().isEmpty())
            && b.spec().peerIP() != null
            && IPAddress.tryParse(PeerIP.splitLikeConfd(b.spec().peerIP()).host())
                .filter(peer.address()::equals).isPresent());
  }

  private static @Nullable IPAddress address(CalicoCluster cluster, String node, IPFamily family) {
    FixtureNode fixture = cluster.node(node);
    return fixture.address(family) == null ? null : fixture.address(family).address();
  }

  private static boolean hasPeerAt(
      ClusterPlan plan, String node, IPFamily family, IPAddress address) {
    return plan.node(node).orElseThrow().family(family).peers().stream()
        .anyMatch(p -> p.address().equals(address));
  }
}
