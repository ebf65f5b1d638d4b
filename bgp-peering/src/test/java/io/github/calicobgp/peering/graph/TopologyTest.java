package io.github.calicobgp.peering.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.graph.Topology.GroupKind;
import io.github.calicobgp.peering.graph.Topology.SessionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The topology of a small route-reflector cluster, and its two formats. */
class TopologyTest {

  private static Node node(String name, String v4, @Nullable String clusterId) {
    Map<String, String> labels = clusterId == null ? Map.of() : Map.of("route-reflector", "true");
    return new Node(ObjectMeta.named(name, labels),
        NodeSpec.ofBgp(new NodeSpec.BGP(null, v4, null, null, clusterId)));
  }

  private static BGPPeer peer(String name, UnaryOperator<BGPPeerSpec.Builder> spec) {
    return new BGPPeer(ObjectMeta.named(name), spec.apply(BGPPeerSpec.builder()).build());
  }

  /** rr1 with clients a and b, a ToR for a, and a one-sided peering from b to a. */
  static Topology topology() {
    List<Resource> resources = new ArrayList<>(List.of(
        new BGPConfiguration(ObjectMeta.named("default"),
            BGPConfigurationSpec.builder().nodeToNodeMeshEnabled(false).build()),
        node("a", "10.0.0.1/24", null),
        node("b", "10.0.0.2/24", null),
        node("rr1", "10.0.0.11/24", "1.1.1.1"),
        peer("clients", p -> p.nodeSelector("!has(route-reflector)")
            .peerSelector("has(route-reflector)")),
        peer("tor", p -> p.node("a").peerIP("192.0.2.1").asNumber(ASNumber.of(65000))),
        peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1:1790").asNumber(ASNumber.of(64512))
            .reversePeering("Manual"))));
    return Topology.of(new PeeringEngine().planAll(ClusterSnapshot.of(resources)));
  }

  @Test
  void groupsReflectorsNodesAndExternalPeers() {
    Topology topology = topology();

    assertThat(topology.groups()).extracting(Topology.Group::kind, Topology.Group::title)
        .containsExactly(
            tuple(GroupKind.ROUTE_REFLECTORS, "Route reflectors (cluster id 1.1.1.1)"),
            tuple(GroupKind.NODES, "Calico nodes"),
            tuple(GroupKind.EXTERNAL_PEERS, "External peers"));
    assertThat(topology.groups().get(1).vertices()).extracting(Topology.Vertex::lines)
        .containsExactly(
            List.of("a", "10.0.0.1", "AS 64512"), List.of("b", "10.0.0.2", "AS 64512"));
    assertThat(topology.groups().get(2).vertices().get(0).lines())
        .containsExactly("192.0.2.1", "AS 65000");
  }

  @Test
  void edgesSayWhoReflectsWhichSessionsAreEbgpAndWhichAreHalfOpen() {
    assertThat(topology().edges()).extracting(e -> e.from().key(), e -> e.to().key(),
            Topology.Edge::kind, Topology.Edge::halfOpen, Topology.Edge::label)
        .containsExactly(
            tuple("a", "b", SessionKind.IBGP, true, "half-open iBGP"),
            tuple("rr1", "a", SessionKind.ROUTE_REFLECTION, false, "RR"),
            tuple("rr1", "b", SessionKind.ROUTE_REFLECTION, false, "RR"),
            tuple("a", "192.0.2.1", SessionKind.EBGP, false, "eBGP"));
  }

  @Test
  void mermaidGroupsSubgraphsAndDrawsHalfOpenSessionsDotted() {
    assertThat(GraphFormat.MERMAID.write(topology())).isEqualTo("""
        flowchart TB
          subgraph g0["Route reflectors (cluster id 1.1.1.1)"]
            v0["rr1<br/>10.0.0.11<br/>AS 64512"]
          end
          subgraph g1["Calico nodes"]
            v1["a<br/>10.0.0.1<br/>AS 64512"]
            v2["b<br/>10.0.0.2<br/>AS 64512"]
          end
          subgraph g2["External peers"]
            v3["192.0.2.1<br/>AS 65000"]
          end
          v1 -.-|"half-open iBGP"| v2
          v0 ---|"RR"| v1
          v0 ---|"RR"| v2
          v1 ---|"eBGP"| v3
          linkStyle 0 stroke:#c00,color:#c00
        """);
  }

  @Test
  void mermaidLabelsEscapeEverythingOutsideASafeSet() {
    assertThat(MermaidWriter.escape("a\"b]<br/>#1;ü"))
        .isEqualTo("a#34;b#93;#60;br/#62;#35;1#59;#252;");
  }

  @Test
  void dotClustersGroupsAndStylesEdgesByKind() {
    String dot = GraphFormat.DOT.write(topology());

    assertThat(dot).startsWith("graph sessions {\n").endsWith("}\n")
        .contains("  subgraph cluster_0 {\n    label=\"Route reflectors (cluster id 1.1.1.1)\";")
        .contains("    v0 [label=\"rr1\\n10.0.0.11\\nAS 64512\"];")
        .contains("  v1 -- v2 [label=\"half-open iBGP\", style=dashed, color=\"#cc0000\", "
            + "fontcolor=\"#cc0000\"];")
        .contains("  v0 -- v1 [label=\"RR\", color=\"#1f5fbf\", penwidth=1.5];");
  }

  @Test
  void dotStringsEscapeQuotesBackslashesEntitiesAndControlCharacters() {
    assertThat(DotWriter.quote("a\"b\\N&amp;\n\u0007"))
        .isEqualTo("\"a\\\"b\\\\N&amp;amp;\\n&#7;\"");
  }
}
