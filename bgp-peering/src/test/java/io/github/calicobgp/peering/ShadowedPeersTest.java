package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.as;
import static io.github.calicobgp.peering.Fixtures.meshOff;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.peer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which peerings confd's {@code emit} rules drop, and why ({@code updatePeersV1},
 * confd/pkg/backends/calico/client.go).
 */
class ShadowedPeersTest {

  private static List<ShadowedPeer> shadowed(Resource... resources) {
    return new PeeringEngine().planAll(ClusterSnapshot.of(List.of(resources))).shadowedPeers();
  }

  @Test
  void twoGlobalBGPPeersToOneAddressKeepTheFirstByNameOnEveryNode() {
    List<ShadowedPeer> shadowed = shadowed(
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("tor-b", p -> p.peerIP("192.0.2.1").asNumber(as(65001))),
        peer("tor-a", p -> p.peerIP("192.0.2.1").asNumber(as(65000))));

    assertThat(shadowed).extracting(ShadowedPeer::node).containsExactly("a", "b");
    assertThat(shadowed).allSatisfy(s -> {
      assertThat(s.rule()).isEqualTo(ShadowedPeer.Rule.SAME_PASS);
      assertThat(s.kept().bgpPeerName()).isEqualTo("tor-a");
      assertThat(s.kept().remoteAS()).isEqualTo(as(65000));
      assertThat(s.dropped().bgpPeerName()).isEqualTo("tor-b");
      assertThat(s.dropped().remoteAS()).isEqualTo(as(65001));
    });
  }

  @Test
  void aGlobalPeeringHidesANodeSpecificOneToTheSameAddress() {
    List<ShadowedPeer> shadowed = shadowed(
        node("a").v4("10.0.0.1/24").build(),
        peer("all-tor", p -> p.peerIP("192.0.2.1").asNumber(as(65000))),
        peer("a-tor", p -> p.node("a").peerIP("192.0.2.1:179").asNumber(as(65000))));

    assertThat(shadowed).singleElement().satisfies(s -> {
      assertThat(s.rule()).isEqualTo(ShadowedPeer.Rule.GLOBAL_FIRST);
      assertThat(s.kept().kind()).isEqualTo(PeerKind.GLOBAL);
      assertThat(s.dropped().kind()).isEqualTo(PeerKind.NODE);
      assertThat(s.dropped().port()).isEqualTo(179);
    });
  }

  @Test
  void anExplicitPeeringBeatsAnotherBGPPeersReversePeering() {
    List<ShadowedPeer> shadowed = shadowed(
        meshOff(),
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(as(64512))),
        peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1").asNumber(as(64512))
            .keepaliveTime(io.github.calicobgp.api.value.GoDuration.parse("10s"))));

    assertThat(shadowed).extracting(ShadowedPeer::node, s -> s.kept().bgpPeerName(),
            s -> s.dropped().bgpPeerName(), ShadowedPeer::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "a", "a-to-b", "b-to-a", ShadowedPeer.Rule.FORWARD_FIRST),
            org.assertj.core.groups.Tuple.tuple(
                "b", "b-to-a", "a-to-b", ShadowedPeer.Rule.FORWARD_FIRST));
    assertThat(shadowed.get(1).kept().keepaliveSeconds()).isEqualTo(10L);
  }

  @Test
  void aBGPPeerDoesNotShadowItselfAndOwnAddressesAreLeftOut() {
    assertThat(shadowed(
        meshOff(),
        node("a").v4("10.0.0.1/24").build(),
        node("b").v4("10.0.0.2/24").build(),
        peer("everyone", p -> p.nodeSelector("all()").peerSelector("all()")))).isEmpty();
    assertThat(shadowed(
        node("a").v4("10.0.0.1/24").build(),
        peer("x", p -> p.peerIP("10.0.0.1").asNumber(as(64512))),
        peer("y", p -> p.peerIP("10.0.0.1").asNumber(as(65000))))).isEmpty();
  }

  @Test
  void singleNodePlansAreUnchanged() {
    List<Resource> resources = List.of(
        node("a").v4("10.0.0.1/24").build(),
        peer("tor-b", p -> p.peerIP("192.0.2.1").asNumber(as(65001))),
        peer("tor-a", p -> p.peerIP("192.0.2.1").asNumber(as(65000))));
    ClusterSnapshot snapshot = ClusterSnapshot.of(resources);
    PeeringEngine engine = new PeeringEngine();

    assertThat(engine.plan(snapshot, "a")).isEqualTo(engine.planAll(snapshot).node("a").get());
    assertThat(engine.planAll(snapshot).options()).isEqualTo(engine.options());
  }
}
