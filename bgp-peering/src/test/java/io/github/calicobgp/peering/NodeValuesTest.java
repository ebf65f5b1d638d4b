package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.ip;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.nodeConfig;
import static io.github.calicobgp.peering.Fixtures.service;
import static io.github.calicobgp.peering.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Node-level values ({@code populateNodeConfig}, confd/pkg/backends/calico/bgp_processor.go) and
 * service routes (confd/pkg/backends/calico/routes.go).
 */
class NodeValuesTest {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  private static NodePlan plan(String node, Resource... resources) {
    return ENGINE.plan(ClusterSnapshot.of(List.of(resources)), node);
  }

  @Test
  void listenSettingsPrioritiesAndInterfacesComeFromTheConfigurations() {
    Resource[] cluster = {
      defaultConfig(c -> c.bindMode("NodeIP").listenPort(179).ipv6NormalRoutePriority(80)
          .addIgnoredInterface("eth9").asNumber(Fixtures.as(64567))),
      nodeConfig("b", c -> c.listenPort(1790).asNumber(Fixtures.as(1))),
      node("a").v4("10.0.0.1/24").v6("fd00::1/64").build(),
      node("b").v4("10.0.0.2/24").build(),
    };
    NodePlan a = plan("a", cluster);
    assertThat(a.asNumber()).isEqualTo(Fixtures.as(64567));
    assertThat(a.ipv4().listenAddress()).isEqualTo(ip("10.0.0.1"));
    assertThat(a.ipv6().listenAddress()).isEqualTo(ip("fd00::1"));
    assertThat(a.ipv4().listenPort()).isEqualTo(179);
    assertThat(a.ipv4().normalRoutePriority()).isEqualTo(1024);
    assertThat(a.ipv6().normalRoutePriority()).isEqualTo(80);
    assertThat(a.ignoredInterfaces()).containsExactly("eth9");
    NodePlan b = plan("b", cluster);
    assertThat(b.ipv4().listenPort()).isEqualTo(1790);
    assertThat(b.asNumber()).isEqualTo(Fixtures.as(64567));
    assertThat(b.ipv6().listenAddress()).isNull();
  }

  @Test
  void wireguardNodesAreListedOnlyForANodeRunningWireguard() {
    Resource[] cluster = {
      node("a").v4("10.0.0.1/24").wireguard("10.10.0.1", null).build(),
      node("b").v4("10.0.0.20/24").wireguard("10.10.0.2", null).build(),
      node("c").v4("10.0.0.3/24").wireguard("10.10.0.3", "fd10::3").build(),
      node("d").v4("10.0.0.4/24").build(),
    };
    assertThat(plan("a", cluster).ipv4().wireguardNextHops())
        .containsExactly(ip("10.0.0.20"), ip("10.0.0.3"));
    assertThat(plan("a", cluster).ipv6().wireguardNextHops()).isEmpty();
    assertThat(plan("d", cluster).ipv4().wireguardNextHops()).isEmpty();
  }

  @Test
  void serviceRangesAndLocalServicesAreAdvertised() {
    // After the golden confd/tests/compiled_templates/mesh/static-routes.
    Resource[] cluster = {
      defaultConfig(c -> c.addServiceClusterIP("10.101.0.0/16").addServiceClusterIP("")
          .addServiceClusterIP("fd00:96::/112").addServiceLoadBalancerIP("80.15.0.0/24")
          .addServiceLoadBalancerIP("80.15.1.1/32").addServiceExternalIP("90.0.0.0/8")),
      node("kube-master").v4("10.192.0.2/16").build(),
      node("other").v4("10.192.0.3/16")
          .label(ServiceRoutes.EXCLUDE_LABEL, "true").build(),
      service("local", "LoadBalancer", "10.101.0.101", "Local", List.of("90.1.1.1", "91.1.1.1"),
          List.of("80.15.0.7")),
      slice("local-1", "local", "IPv4", null, "kube-master"),
      service("v6-local", "ClusterIP", "fd00:96::28", "Local", List.of(), List.of()),
      slice("v6-local-1", "v6-local", "IPv6", true, "kube-master"),
      service("v6-wrong-family", "ClusterIP", "fd00:96::29", "Local", List.of(), List.of()),
      slice("v6-wrong-family-1", "v6-wrong-family", "IPv4", true, "kube-master"),
      service("not-ready", "ClusterIP", "10.101.0.102", "Local", List.of(), List.of()),
      slice("not-ready-1", "not-ready", "IPv4", false, "kube-master"),
      service("cluster-single-lb", "LoadBalancer", "10.101.0.103", "Cluster", List.of(),
          List.of("80.15.1.1")),
      slice("cluster-single-lb-1", "cluster-single-lb", "IPv4", false),
      service("aggregated", "ClusterIP", "10.101.0.104", null, List.of(), List.of()),
      slice("aggregated-1", "aggregated", "IPv4", true, "kube-master"),
      service("no-slices", "ClusterIP", "10.101.0.105", "Local", List.of(), List.of()),
    };
    NodePlan master = plan("kube-master", cluster);
    assertThat(master.ipv4().staticRoutes()).containsExactly("10.101.0.0/16", "10.101.0.101/32",
        "10.101.0.103/32", "80.15.0.0/24", "80.15.0.7/32", "80.15.1.1/32", "90.0.0.0/8",
        "90.1.1.1/32");
    assertThat(master.ipv4().rejectRoutes())
        .containsExactly("10.101.0.0/16", "80.15.0.0/24", "90.0.0.0/8");
    assertThat(master.ipv6().staticRoutes()).containsExactly("fd00:96::/112", "fd00:96::28/128");
    assertThat(master.ipv6().rejectRoutes()).containsExactly("fd00:96::/112");
    assertThat(master.serviceLoadBalancerIPs()).containsExactly("80.15.0.0/24", "80.15.1.1/32");

    NodePlan excluded = plan("other", cluster);
    assertThat(excluded.ipv4().staticRoutes()).isEmpty();
    assertThat(excluded.ipv4().rejectRoutes())
        .containsExactly("10.101.0.0/16", "80.15.0.0/24", "90.0.0.0/8");
  }

  @Test
  void quirk13_26_withoutAggregationServicesWithAReadyEndpointAreAdvertisedEverywhere() {
    Resource[] cluster = {
      defaultConfig(c -> c.serviceLoadBalancerAggregation("Disabled")
          .addServiceClusterIP("10.96.0.0/12").addServiceLoadBalancerIP("80.15.0.0/24")),
      node("a").v4("10.0.0.1/24").build(),
      service("anywhere", "ClusterIP", "172.16.0.1", null, List.of(), List.of("80.15.0.9")),
      slice("anywhere-1", "anywhere", "IPv4", true, "some-other-node"),
    };
    NodePlan plan = plan("a", cluster);
    // The cluster IP lies outside serviceClusterIPs and is advertised all the same.
    assertThat(plan.ipv4().staticRoutes())
        .containsExactly("10.96.0.0/12", "172.16.0.1/32", "80.15.0.9/32");
    assertThat(plan.ipv4().rejectRoutes()).containsExactly("10.96.0.0/12");
  }

  @Test
  void quirk13_27_singleIpRangesAreNeverAdvertisedGlobally() {
    NodePlan plan = plan("a",
        defaultConfig(c -> c.addServiceExternalIP("1.2.3.4/32").addServiceLoadBalancerIP("::1/128")
            .addServiceLoadBalancerIP("fd00:1::/64")),
        node("a").v4("10.0.0.1/24").build());
    assertThat(plan.ipv4().staticRoutes()).isEmpty();
    assertThat(plan.ipv6().staticRoutes()).containsExactly("fd00:1::/64");
    assertThat(plan.serviceExternalIPs()).containsExactly("1.2.3.4/32");
  }

  @Test
  void advertiseClusterIPsOptionReplacesTheConfiguredRanges() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(
        defaultConfig(c -> c.addServiceClusterIP("10.96.0.0/12")),
        node("a").v4("10.0.0.1/24").build()));
    PeeringEngine engine = new PeeringEngine(
        PeeringOptions.defaults().withAdvertiseClusterIPs("10.100.0.0/16"));
    assertThat(engine.plan(snapshot, "a").ipv4().staticRoutes()).containsExactly("10.100.0.0/16");
  }

  @Test
  void k8sNodeRefNamesTheNodeInEndpointSlices() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(List.of(
        defaultConfig(c -> c.addServiceClusterIP("10.96.0.0/12")),
        node("a").v4("10.0.0.1/24").build(),
        service("svc", "ClusterIP", "10.96.0.10", "Local", List.of(), List.of()),
        slice("svc-1", "svc", "IPv4", true, "a.example.com")));
    assertThat(ENGINE.plan(snapshot, "a").ipv4().staticRoutes()).containsExactly("10.96.0.0/12");
    PeeringEngine engine = new PeeringEngine(
        PeeringOptions.defaults().withK8sNodeRef("a.example.com"));
    assertThat(engine.plan(snapshot, "a").ipv4().staticRoutes())
        .containsExactly("10.96.0.0/12", "10.96.0.10/32");
  }
}
