package io.github.calicobgp.bird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.PlanField;
import io.github.calicobgp.peering.RouterIdSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the renderer can be traced, through {@link BirdRenderException#originIn}, to
 * the resource and field its value was written in: objects held in memory (no file) included, and
 * values the reader's ranges would have stopped in a file (a TTL above 255).
 */
class RefusalOriginTest {

  private static final String NODES = """
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: {name: a}
      spec:
        bgp: {ipv4Address: 10.0.0.1/24, ipv6Address: "fd00::1/64"}
      ---
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: {name: b}
      spec:
        bgp: {ipv4Address: 10.0.0.2/24}
      """;

  @Test
  void aTtlSecurityAboveWhatBirdTakesIsTracedToItsBGPPeer() {
    BGPPeer tor = new BGPPeer(ObjectMeta.named("tor"), BGPPeerSpec.builder().peerIP("10.0.0.9")
        .asNumber(ASNumber.of(65001)).ttlSecurity(300).build());
    List<Resource> resources = new ArrayList<>(Manifests.read(NODES, "nodes.yaml").all());
    resources.add(tor);

    BirdRenderException e = refusal(ClusterSnapshot.of(resources), PeeringOptions.defaults());

    assertThat(e.planField()).isEqualTo(PlanField.TTL_SECURITY);
    assertThat(e.originIn(ClusterSnapshot.of(resources), "a"))
        .hasValueSatisfying(o -> assertThat(o).hasToString("BGPPeer/tor: spec.ttlSecurity"));
    assertThat(e.detail()).isEqualTo("BIRD's multihop takes 1 to 255 hops (value \"300\")");
  }

  @Test
  void aRouterIdGivenAsAnOptionHasNoResource() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(NODES, "nodes.yaml"));

    BirdRenderException e = refusal(
        snapshot, PeeringOptions.defaults().withRouterId(RouterIdSource.fixed("0.0.0.0")));

    assertThat(e.planField()).isEqualTo(PlanField.ROUTER_ID);
    assertThat(e.planValue()).isEqualTo("0.0.0.0");
    assertThat(e.originIn(snapshot, "a")).isEmpty();
  }

  @Test
  void aRouterIdTakenFromTheNodesAddressIsTracedToIt() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(NODES.replace(
        "ipv4Address: 10.0.0.1/24", "ipv4Address: 0.0.0.0/24"), "nodes.yaml"));

    BirdRenderException e = refusal(snapshot, PeeringOptions.defaults());

    assertThat(e.originIn(snapshot, "a"))
        .hasValueSatisfying(o -> assertThat(o).hasToString("Node/a: spec.bgp.ipv4Address"));
  }

  @Test
  void aServiceRouteIsTracedToTheAddressThatGaveItInTheFormConfdListsIt() {
    // confd lists a route by a key whose first '/' is '-', then turns every '-' back to '/':
    // the cluster IP 10.96.0.1-5 becomes the route 10.96.0.1/5/32.
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(NODES + """
        ---
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata: {name: default}
        spec:
          serviceClusterIPs: [{cidr: 10.96.0.0/12}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          type: ClusterIP
          clusterIP: 10.96.0.10
          clusterIPs: [10.96.0.10, 10.96.0.1-5]
          ipFamilies: [IPv4]
          externalTrafficPolicy: Local
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
          namespace: shop
          labels: {kubernetes.io/service-name: web}
        addressType: IPv4
        endpoints:
        - addresses: [10.244.0.5]
          conditions: {ready: true}
          nodeName: a
        """, "cluster.yaml"));

    BirdRenderException e = refusal(snapshot, PeeringOptions.defaults());

    assertThat(e.planField()).isEqualTo(PlanField.SERVICE_ROUTE);
    assertThat(e.planValue()).isEqualTo("10.96.0.1/5/32");
    assertThat(e.originIn(snapshot, "a")).hasValueSatisfying(o -> assertThat(o)
        .hasToString("Service/shop/web: spec.clusterIPs[1]"));
  }

  @Test
  void aBGPFilterRuleIsTracedToItsOwnFieldWithoutTheSnapshot() {
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(NODES + """
        ---
        apiVersion: projectcalico.org/v3
        kind: BGPFilter
        metadata: {name: edge}
        spec:
          exportV6: [{action: Accept}, {action: Accept, cidr: "fd00::/64", matchOperator: Near}]
        """, "cluster.yaml"));

    BirdRenderException e = refusal(snapshot, PeeringOptions.defaults());

    assertThat(e).isInstanceOf(InvalidBGPFilterException.class);
    assertThat(e.origin()).hasToString("BGPFilter/edge: spec.exportV6[1].matchOperator");
  }

  private static BirdRenderException refusal(ClusterSnapshot snapshot, PeeringOptions options) {
    BirdRenderException e = catchThrowableOfType(BirdRenderException.class,
        () -> new BirdRenderer().render(new PeeringEngine(options).plan(snapshot, "a")));
    assertThat(e).as("a refusal").isNotNull();
    return e;
  }
}
