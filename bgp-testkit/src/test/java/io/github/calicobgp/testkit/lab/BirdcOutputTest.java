package io.github.calicobgp.testkit.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parser on birdc outputs captured from BIRD 1.6.8 daemons in namespaces (resources under
 * birdc/): three mesh nodes, node1 also peering with a BIRD ToR in AS 65001 that announces a
 * multipath route, a third-party next hop, a route with 60 communities and node2's block.
 */
class BirdcOutputTest {

  @Test
  void protocolsOfANodeWithEverySessionUp() {
    List<ProtocolState> protocols =
        BirdcOutput.protocols(LabFixtures.text("birdc/protocols-established.txt"), IPFamily.V4);

    assertThat(protocols)
        .extracting(ProtocolState::name)
        .containsExactly("static1", "kernel1", "device1", "direct1", "Mesh_10_99_0_12",
            "Mesh_10_99_0_13", "Node_10_99_0_1");
    assertThat(protocols.get(1))
        .isEqualTo(new ProtocolState(IPFamily.V4, "kernel1", "Kernel", "master", "up", "21:48:27", "", ""));
    assertThat(protocols.get(6))
        .isEqualTo(new ProtocolState(IPFamily.V4, "Node_10_99_0_1", "BGP", "master", "up", "21:48:28",
            "Established", ""));
    assertThat(protocols).filteredOn(ProtocolState::isBgp).hasSize(3).allMatch(ProtocolState::isEstablished);
    assertThat(protocols.get(0).isEstablished()).isFalse();
  }

  @Test
  void protocolsWaitingForAStoppedPeer() {
    List<ProtocolState> protocols =
        BirdcOutput.protocols(LabFixtures.text("birdc/protocols-peer-stopped.txt"), IPFamily.V4);

    ProtocolState stopped = protocols.get(5);
    assertThat(stopped)
        .isEqualTo(new ProtocolState(IPFamily.V4, "Mesh_10_99_0_13", "BGP", "master", "start",
            "21:48:30", "Passive", "Received: Administrative shutdown"));
    assertThat(stopped.isEstablished()).isFalse();
    assertThat(stopped.summary())
        .isEqualTo("Mesh_10_99_0_13 (IPv4): start Passive Received: Administrative shutdown");
  }

  @Test
  void protocolsOfBird6WithTheActiveSideRefused() {
    List<ProtocolState> protocols =
        BirdcOutput.protocols(LabFixtures.text("birdc/protocols-active-v6.txt"), IPFamily.V6);

    assertThat(protocols).allMatch(p -> p.family() == IPFamily.V6);
    assertThat(protocols.get(4))
        .extracting(ProtocolState::name, ProtocolState::info, ProtocolState::message)
        .containsExactly("Mesh_fd99__11", "Active", "Socket: Connection refused");
  }

  @Test
  void protocolsWithADateInTheSinceColumnAndDetailsOfShowProtocolsAll() {
    String output =
        """
        BIRD 1.6.8 ready.
        name     proto    table    state  since       info
        Mesh_10_99_0_12 BGP      master   up     2026-11-28 21:42:09    Established  \s
          Description:    Connection to BGP peer
          BGP state:          Established
            Neighbor address: 10.99.0.12
        """;

    assertThat(BirdcOutput.protocols(output, IPFamily.V4))
        .containsExactly(new ProtocolState(IPFamily.V4, "Mesh_10_99_0_12", "BGP", "master", "up",
            "2026-11-28 21:42:09", "Established", ""));
  }

  @Test
  void anErrorInsteadOfProtocolsIsRejectedWithItsLine() {
    assertThatThrownBy(
            () -> BirdcOutput.protocols("BIRD 1.6.8 ready.\nsyntax error\n", IPFamily.V4))
        .isInstanceOfSatisfying(
            BirdcFormatException.class,
            e -> {
              assertThat(e.lineNumber()).isEqualTo(2);
              assertThat(e.line()).isEqualTo("syntax error");
            });
  }

  @Test
  void plainShowRoute() {
    List<LabRoute> routes = BirdcOutput.routes(LabFixtures.text("birdc/route.txt"));

    assertThat(routes).hasSize(8);
    assertThat(routes).allMatch(route -> route.attributes().isEmpty());
    assertThat(routes.get(0))
        .isEqualTo(new LabRoute("10.95.0.0/24", LabRoute.Destination.ROUTER,
            List.of(new LabRoute.NextHop("10.99.0.1", "eth0", 1)), "Node_10_99_0_1", null, true,
            100, Map.of()));
  }

  @Test
  void showRouteAllWithAnAlternativeRouteAThirdPartyNextHopAndWrappedCommunities() {
    List<LabRoute> routes = BirdcOutput.routes(LabFixtures.text("birdc/route-all.txt"));

    assertThat(routes).extracting(LabRoute::prefix)
        .containsExactly("10.95.0.0/24", "10.98.2.0/26", "10.98.2.0/26", "10.98.3.0/26",
            "10.98.1.0/26", "10.99.0.0/16", "10.96.0.0/24", "10.97.0.0/24");

    LabRoute mesh = routes.get(1);
    assertThat(mesh.primary()).isTrue();
    assertThat(mesh.attribute("BGP.as_path")).isEmpty();
    assertThat(mesh.attribute("Type")).isEqualTo("BGP unicast univ");

    LabRoute alternative = routes.get(2);
    assertThat(alternative.primary()).isFalse();
    assertThat(alternative.protocol()).isEqualTo("Node_10_99_0_1");
    assertThat(alternative.gateway()).isEqualTo("10.99.0.1");
    assertThat(alternative.attribute("BGP.as_path")).isEqualTo("65001");

    LabRoute blackhole = routes.get(4);
    assertThat(blackhole.destination()).isEqualTo(LabRoute.Destination.BLACKHOLE);
    assertThat(blackhole.nextHops()).isEmpty();
    assertThat(blackhole.gateway()).isNull();
    assertThat(blackhole.preference()).isEqualTo(200);

    LabRoute connected = routes.get(5);
    assertThat(connected.destination()).isEqualTo(LabRoute.Destination.DEVICE);
    assertThat(connected.nextHops()).containsExactly(new LabRoute.NextHop(null, "eth0", 1));

    LabRoute thirdParty = routes.get(6);
    assertThat(thirdParty.gateway()).isEqualTo("10.99.0.12");
    assertThat(thirdParty.from()).isEqualTo("10.99.0.1");

    String communities = routes.get(7).attribute("BGP.community");
    assertThat(communities).startsWith("(65001,1001) (65001,1002)").endsWith("(65001,1060)");
    assertThat(communities.split(" ")).hasSize(60);
  }

  @Test
  void showRouteAllWithAMultipathRoute() {
    List<LabRoute> routes = BirdcOutput.routes(LabFixtures.text("birdc/route-all-tor.txt"));

    LabRoute multipath = routes.get(0);
    assertThat(multipath.destination()).isEqualTo(LabRoute.Destination.MULTIPATH);
    assertThat(multipath.nextHops())
        .containsExactly(new LabRoute.NextHop("10.99.0.12", "eth0", 1),
            new LabRoute.NextHop("10.99.0.13", "eth0", 1));
    assertThat(multipath.attribute("Type")).isEqualTo("static unicast univ");
    assertThat(routes.get(2))
        .extracting(LabRoute::prefix, LabRoute::primary, LabRoute::protocol, LabRoute::preference)
        .containsExactly("10.98.2.0/26", false, "node1", 100);
  }

  @Test
  void showRouteAllOfBird6() {
    List<LabRoute> routes = BirdcOutput.routes(LabFixtures.text("birdc/route-all-v6.txt"));

    assertThat(routes).allMatch(route -> route.family() == IPFamily.V6);
    assertThat(routes)
        .filteredOn(route -> route.prefix().equals("fd98:2::/122"))
        .singleElement()
        .extracting(LabRoute::gateway, LabRoute::protocol)
        .containsExactly("fd99::12", "Mesh_fd99__12");
  }

  @Test
  void anErrorInsteadOfRoutesIsRejected() {
    assertThatThrownBy(() -> BirdcOutput.routes("BIRD 1.6.8 ready.\nNetwork not in table\n"))
        .isInstanceOf(BirdcFormatException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("Network not in table");
  }

  @Test
  void anAlternativeRouteNeedsAPrefixAbove() {
    assertThatThrownBy(
            () -> BirdcOutput.routes(
                "                   via 10.99.0.1 on eth0 [Node_10_99_0_1 21:48:28] (100/0) [AS65001i]\n"))
        .isInstanceOf(BirdcFormatException.class);
  }

  @Test
  void emptyOutputHasNoRoutesAndNoProtocols() {
    assertThat(BirdcOutput.routes("BIRD 1.6.8 ready.\n")).isEmpty();
    assertThat(BirdcOutput.protocols("", IPFamily.V4)).isEmpty();
  }
}
