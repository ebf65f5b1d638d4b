package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.as;
import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.nodeConfig;
import static io.github.calicobgp.peering.Fixtures.peer;
import static io.github.calicobgp.peering.Fixtures.service;
import static io.github.calicobgp.peering.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Five behaviours of confd that Calico's golden tests do not cover, each confirmed in its Go
 * source (cited at the code that reproduces it): node {@code n1} is planned, with {@code n1}
 * {@code 10.0.0.1/24} and {@code n2} {@code 10.0.0.2/24}.
 */
class ConfdBeyondTheGoldensTest {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  private static NodePlan plan(Datastore datastore, String node, Resource... resources) {
    return ENGINE.plan(ClusterSnapshot.of(List.of(resources), datastore), node);
  }

  private static NodePlan plan(String node, Resource... resources) {
    return plan(Datastore.KUBERNETES, node, resources);
  }

  private static List<String> names(List<Peer> peers) {
    return peers.stream().map(Peer::name).toList();
  }

  @Test
  void aNodeBGPConfigurationInKubernetesCarriesTheCrdDefaultInfoWhichHidesTheGlobalDebug() {
    Resource[] cluster = {
      defaultConfig(c -> c.logSeverityScreen("Debug")),
      nodeConfig("n1", c -> c.listenPort(1790)),
      node("n1").v4("10.0.0.1/24").build(),
      node("n2").v4("10.0.0.2/24").build(),
    };
    assertThat(plan("n1", cluster).logLevel()).isEqualTo(LogLevel.INFO);
    assertThat(plan("n2", cluster).logLevel()).isEqualTo(LogLevel.DEBUG);
    assertThat(plan(Datastore.ETCD, "n1", cluster).logLevel()).isEqualTo(LogLevel.DEBUG);
  }

  @Test
  void aReversePeeringFromAnIpv4PeerIPWithAPortIsAnIpv4Peering() {
    Resource[] cluster = {
      node("n1").v4("10.0.0.1/24").build(),
      node("n2").v4("10.0.0.2/24").build(),
      peer("to-n1", p -> p.node("n2").peerIP("10.0.0.1:1790").asNumber(as(64512))),
    };
    NodePlan n1 = plan("n1", cluster);
    assertThat(names(n1.ipv4().peers())).contains("Node_10_0_0_2");
    assertThat(n1.ipv6().peers()).isEmpty();
  }

  @Test
  void aReversePeeringFromAnIpv4PeerIPWithAPortMakesNoIpv6PeerOnDualStackNodes() {
    Resource[] cluster = {
      node("n1").v4("10.0.0.1/24").v6("fd00::1/64").build(),
      node("n2").v4("10.0.0.2/24").v6("fd00::2/64").build(),
      peer("to-n1", p -> p.node("n2").peerIP("10.0.0.1:1790").asNumber(as(64512))),
    };
    NodePlan n1 = plan("n1", cluster);
    assertThat(names(n1.ipv4().peers())).contains("Node_10_0_0_2");
    assertThat(names(n1.ipv6().peers())).doesNotContain("Node_fd00__2");
  }

  @Test
  void aBGPPeerWithOnlyANodeReversesToEveryNodeWithoutAnAddressInOneFamily() {
    Resource[] cluster = {
      node("n1").v4("10.0.0.1/24").build(),
      node("n2").v4("10.0.0.2/24").build(),
      node("n3").v4("10.0.0.3/24").v6("fd00::3/64").build(),
      peer("only-node", p -> p.node("n2")),
    };
    assertThat(names(plan("n1", cluster).ipv4().peers())).contains("Node_10_0_0_2");
    // n2's own address is not a peer; n3 has both families, so "" is none of its addresses.
    assertThat(names(plan("n2", cluster).ipv4().peers())).doesNotContain("Node_10_0_0_2");
    assertThat(names(plan("n3", cluster).ipv4().peers())).doesNotContain("Node_10_0_0_2");
  }

  @Test
  void anEmptyNodePrefixAdvertisementListHidesTheGlobalCommunities() {
    Resource[] cluster = {
      defaultConfig(c -> c.addCommunity("gold", "65000:100")
          .addPrefixAdvertisement("10.0.0.0/8", List.of("gold"))),
      nodeConfig("n1", c -> c.prefixAdvertisements(List.of())),
      node("n1").v4("10.0.0.1/24").build(),
      node("n2").v4("10.0.0.2/24").build(),
    };
    assertThat(plan("n1", cluster).ipv4().communities()).isEmpty();
    assertThat(plan("n2", cluster).ipv4().communities()).isNotEmpty();
    // calicoctl's Go types drop [] on the way to etcd: there, the global ones apply.
    assertThat(plan(Datastore.ETCD, "n1", cluster).ipv4().communities())
        .containsExactly(new PrefixCommunities("10.0.0.0/8", List.of("65000:100")));
  }

  @Test
  void aLoadBalancerWithoutExternalTrafficPolicyIsStoredAsClusterAndItsSingleExternalIpAdvertised() {
    for (Datastore datastore : Datastore.values()) {
      NodePlan n1 = plan(datastore, "n1",
          defaultConfig(c -> c.addServiceExternalIP("203.0.113.5/32")),
          node("n1").v4("10.0.0.1/24").build(),
          node("n2").v4("10.0.0.2/24").build(),
          service("lb", "LoadBalancer", "10.96.0.10", null, List.of("203.0.113.5"), List.of()),
          // confd evaluates a Service only when it has an EndpointSlice (routes.go).
          slice("lb-1", "lb", "IPv4", true, "n2"));
      assertThat(n1.ipv4().staticRoutes()).as(datastore.name()).containsExactly("203.0.113.5/32");
    }
  }
}
