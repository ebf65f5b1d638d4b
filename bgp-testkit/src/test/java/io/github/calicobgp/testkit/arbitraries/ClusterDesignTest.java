package io.github.calicobgp.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.value.ASNumber;
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
  void countsAreBroughtWithinRange() {
    ClusterDesign design = new ClusterDesign(2, 0, false, null, Addressing.IPV4, false,
        ASNumber.of(64512), 9, 3, false, 0, List.of(), 0, List.of(), false, false, null,
        Encapsulation.NONE, false);

    assertThat(design.racks()).isEqualTo(2);
    assertThat(design.ownAsNodes()).isEqualTo(2);
    assertThat(design.meshEnabled()).isTrue();
  }
}
