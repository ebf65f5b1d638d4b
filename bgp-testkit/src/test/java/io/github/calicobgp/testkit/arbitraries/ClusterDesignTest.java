package io.github.calicobgp.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.NodeConfiguration;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.PortPeer;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.Prefixes;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.ServiceCorner;
import io.github.calicobgp.testkit.arbitraries.ClusterDesign.SelectorPeering;
import io.github.calicobgp.testkit.fixtures.Addressing;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.Encapsulation;
import io.github.calicobgp.testkit.fixtures.FixtureNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterDesignTest {

  @Test
  void everyChoiceBecomesFixtureOptions() {
    ClusterDesign design = new ClusterDesign(5, 1, false, true, Addressing.DUAL_STACK, true,
        ASNumber.of(65000), 1, 2, true, 2,
        List.of(new SelectorPeering(true, "all()", "zone == 'b'", true)), 4, List.of(), true,
        true, 1790, Encapsulation.VXLAN, false);

    CalicoCluster cluster = design.build();

    assertThat(cluster).hasToString("CalicoCluster[5 nodes + 1 route reflector (cluster id"
        + " 244.0.0.1), dual stack {node-2=IPV4, node-3=IPV6, node-5=IPV4}, mesh, AS 65000,"
        + " node AS {node-1=65100}, 2 racks (ToR AS from 65001, rack AS from 65200), port 1790,"
        + " VXLAN, node labels {node-1={zone=a}, node-2={zone=b}, node-3={zone=a}, node-4={zone=b},"
        + " node-5={zone=a}}, mesh password, ToR password, BGPPeers [selector-peering-1,"
        + " external-router-1, external-router-2, external-router-3, external-router-4],"
        + " local workload peers in AS 65300 on [node-1]]");
    assertThat(cluster.nodes()).extracting(FixtureNode::asNumber).extracting(ASNumber::value)
        .containsExactly(65100L, 65200L, 65200L, 65201L, 65201L, 65000L);
    assertThat(cluster.resources().ofType(BGPPeer.class))
        .filteredOn(p -> p.metadata().name().startsWith("external"))
        .extracting(p -> p.spec().node() + " " + p.spec().nodeSelector() + " " + p.spec().peerIP())
        .containsExactly("node-1 null 192.0.2.1", "null has(zone) [2001:db8::2]:1790",
            "node-3 null 192.0.2.3:1790", "null null 2001:db8::4");
  }

  @Test
  void cornersBecomeResourcesNamedByNodePositionAndADatastore() {
    FidelityCorners corners = new FidelityCorners(
        List.of(new PortPeer(0, false, 1, IPFamily.V4, 1790, true),
            new PortPeer(5, true, 2, IPFamily.V6, 179, false)),
        List.of(1), "Debug", true,
        List.of(new NodeConfiguration(0, null, 1790, Prefixes.EMPTY),
            new NodeConfiguration(2, "Warning", null, Prefixes.OWN),
            new NodeConfiguration(0, "Debug", null, Prefixes.ABSENT)),
        List.of(new ServiceCorner("LoadBalancer", null, true), new ServiceCorner(null, null, false)),
        true, Datastore.ETCD);
    ClusterDesign design = new ClusterDesign(3, 0, false, null, Addressing.IPV4, false,
        ASNumber.of(64512), 0, 0, false, 0, List.of(), 0, List.of(), false, false, null,
        Encapsulation.NONE, false).withCorners(corners);

    CalicoCluster cluster = design.build();

    assertThat(cluster.datastore()).isEqualTo(Datastore.ETCD);
    assertThat(cluster.resources().ofType(BGPPeer.class)).extracting(p -> p.metadata().name()
            + " " + p.spec().node() + " " + p.spec().nodeSelector() + " " + p.spec().peerIP()
            + " " + p.spec().asNumber())
        .containsExactly("port-peer-1 node-1 null 10.99.0.12:1790 64512",
            "port-peer-2 null all() [2001:db8::200]:179 65100",
            "only-node-1 node-2 null null null");
    List<BGPConfiguration> configurations = cluster.resources().ofType(BGPConfiguration.class);
    assertThat(configurations).extracting(c -> c.metadata().name())
        .containsExactly("default", "node.node-1", "node.node-3");
    BGPConfigurationSpec global = configurations.get(0).spec();
    assertThat(global.logSeverityScreen()).isEqualTo("Debug");
    assertThat(global.serviceExternalIPs()).extracting(b -> b.cidr())
        .containsExactly("198.51.100.1/32", "198.51.100.2/32");
    assertThat(global.serviceLoadBalancerIPs()).extracting(b -> b.cidr())
        .containsExactly("203.0.113.1/32");
    assertThat(configurations.get(1).spec().prefixAdvertisements()).isEmpty();
    assertThat(configurations.get(1).spec().listenPort()).isEqualTo(1790);
    assertThat(cluster.resources().ofType(Service.class)).extracting(s -> s.spec().type()
        + " " + s.spec().externalTrafficPolicy()).containsExactly("LoadBalancer null", "null null");
    assertThat(cluster.resources().ofType(EndpointSlice.class)).hasSize(1);
    assertThat(cluster.toString()).contains("BGPPeer only-node-1 {node: node-2}",
        "node.node-1 {listenPort: 1790, prefixAdvertisements: []}",
        "node.node-3 {logSeverityScreen: Warning, prefixAdvertisements: [10.244.0.0/16 65001:300]}",
        "Service svc-2 {type: absent, externalTrafficPolicy: absent, no endpoints}",
        "etcd datastore");
    assertThat(design.toString()).contains("corners=corners[peerIP #1 IPv4:1790 from #0 in its AS");
  }

  @Test
  void countsAreBroughtWithinRange() {
    ClusterDesign design = new ClusterDesign(2, 0, false, null, Addressing.IPV4, false,
        ASNumber.of(64512), 9, 3, false, 0, List.of(), 0, List.of(), false, false, null,
        Encapsulation.NONE, false);

    assertThat(design.racks()).isEqualTo(2);
    assertThat(design.ownAsNodes()).isEqualTo(2);
    assertThat(design.meshEnabled()).isTrue();
  }
}
