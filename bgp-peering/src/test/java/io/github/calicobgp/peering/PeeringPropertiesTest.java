package io.github.calicobgp.peering;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.ReversePeering;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of peering over generated clusters. */
class PeeringPropertiesTest {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  @Provide
  Arbitrary<List<Resource>> fullMeshes() {
    return ClusterGenerators.fullMeshes();
  }

  @Provide
  Arbitrary<List<Resource>> clusters() {
    return ClusterGenerators.clusters();
  }

  @Property(tries = 200)
  void aFullMeshHasASessionPerPairOfNodesInEachFamily(
      @ForAll("fullMeshes") List<Resource> resources) {
    ClusterSnapshot snapshot = ClusterSnapshot.of(resources);
    ClusterPlan plan = ENGINE.planAll(snapshot);
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
  void exactlyOneSideOfEveryMeshedPairIsPassive(@ForAll("clusters") List<Resource> resources) {
    SessionGraph graph = SessionGraph.of(ENGINE.planAll(ClusterSnapshot.of(resources)));
    for (Session session : graph.nodeToNodeSessions()) {
      Peer first = session.first().peer();
      Peer second = session.second().peer();
      if (first != null && second != null
          && first.kind() == PeerKind.MESH && second.kind() == PeerKind.MESH) {
        assertThat(first.passive()).as("%s", session).isNotEqualTo(second.passive());
      }
    }
  }

  @Property(tries = 200)
  void routeReflectorsHaveNoMeshPeers(@ForAll("clusters") List<Resource> resources) {
    ClusterPlan plan = ENGINE.planAll(ClusterSnapshot.of(resources));
    for (NodePlan node : plan.nodes()) {
      if (node.isRouteReflector()) {
        assertThat(node.peers()).noneMatch(p -> p.kind() == PeerKind.MESH);
      }
      assertThat(node.peers()).filteredOn(p -> p.kind() == PeerKind.MESH)
          .allMatch(p -> !plan.node(p.remoteNodeName()).orElseThrow().isRouteReflector());
    }
  }

  @Property(tries = 200)
  void routeReflectorClientsFollowConfdsRule(@ForAll("clusters") List<Resource> resources) {
    ClusterPlan plan = ENGINE.planAll(ClusterSnapshot.of(resources));
    for (NodePlan node : plan.nodes()) {
      String own = node.routeReflectorClusterId();
      for (Peer peer : node.peers()) {
        String remote = peer.remoteNodeName() == null ? null
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
  void selectorPeeringsAppearOnBothEndsUnlessManual(
      @ForAll("clusters") List<Resource> resources) {
    ClusterSnapshot snapshot = ClusterSnapshot.of(resources);
    ClusterPlan plan = ENGINE.planAll(snapshot);
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
            IPAddress lAddress = address(snapshot, l, family);
            IPAddress pAddress = address(snapshot, p, family);
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
      @ForAll("clusters") List<Resource> resources, @ForAll long seed) {
    List<Resource> shuffled = new ArrayList<>(resources);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(ENGINE.planAll(ClusterSnapshot.of(shuffled)).nodes())
        .isEqualTo(ENGINE.planAll(ClusterSnapshot.of(resources)).nodes());
  }

  @Property(tries = 100)
  void planAllEqualsPlanForEveryNode(@ForAll("clusters") List<Resource> resources) {
    ClusterSnapshot snapshot = ClusterSnapshot.of(resources);
    for (NodePlan node : ENGINE.planAll(snapshot).nodes()) {
      assertThat(ENGINE.plan(snapshot, node.nodeName())).isEqualTo(node);
    }
  }

  private static IPAddress address(ClusterSnapshot snapshot, String node, IPFamily family) {
    Node resource = snapshot.node(node).orElseThrow();
    String text = family == IPFamily.V4
        ? resource.spec().bgp().ipv4Address() : resource.spec().bgp().ipv6Address();
    return text == null ? null : IPAddress.parse(text.substring(0, text.indexOf('/')));
  }

  private static boolean hasPeerAt(
      ClusterPlan plan, String node, IPFamily family, IPAddress address) {
    return plan.node(node).orElseThrow().family(family).peers().stream()
        .anyMatch(p -> p.address().equals(address));
  }
}
