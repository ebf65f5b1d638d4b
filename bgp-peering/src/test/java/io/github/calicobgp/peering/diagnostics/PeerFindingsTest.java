package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.selector.SelectorParseException;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** External peers' AS numbers, and BGPPeers that select nothing, everything, or the same. */
class PeerFindingsTest {

  private static TestCluster twoNodes() {
    return cluster().node("a", "10.0.0.1/24", "rack=r1").node("b", "10.0.0.2/24", "rack=r2");
  }

  @Test
  void anExplicitPeerWithoutASBreaksBird() {
    TestCluster cluster = twoNodes().peer("tor", p -> p.nodeSelector("all()").peerIP("192.0.2.1"));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.PEER_AS_MISSING);
      assertThat(f.nodes()).containsExactly("a", "b");
      assertThat(f.message()).isEqualTo("BGPPeer/tor gives no asNumber for 192.0.2.1, so confd "
          + "writes 'as 0' and BIRD refuses the whole configuration of nodes a and b (\"Remote AS "
          + "number must be set\"): they run no BGP at all. Set asNumber.");
    });
    assertThat(twoNodes().peer("tor", p -> p.nodeSelector("all()").peerIP("192.0.2.1")
        .asNumber(ASNumber.of(65000))).findings()).isEmpty();
  }

  @Test
  void anExternalRouterInTheNodesOwnASIsIbgp() {
    TestCluster cluster = twoNodes().peer("tor", p -> p.nodeSelector("rack == 'r1'")
        .peerIP("192.0.2.1").asNumber(ASNumber.of(64512)));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.IBGP_TO_EXTERNAL_PEER);
      assertThat(f.nodes()).containsExactly("a");
      assertThat(f.message()).startsWith("BGPPeer/tor peers node a with 192.0.2.1, which is no "
          + "Calico node, in its own AS (64512), so the session is iBGP");
    });
  }

  @Test
  void anExternalRouterInItsOwnASIsEbgp() {
    assertThat(twoNodes().peer("tor", p -> p.nodeSelector("rack == 'r1'")
        .peerIP("192.0.2.1").asNumber(ASNumber.of(65000))).findings()).isEmpty();
  }

  @Test
  void aBGPPeerWhoseSelectorsMatchNothingMakesNoPeering() {
    TestCluster cluster = twoNodes()
        .peer("nowhere", p -> p.nodeSelector("rack == 'r9'").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65000)))
        .peer("ghost", p -> p.node("ghost").peerSelector("rack = 'r1'"));
    String parseError =
        assertThrows(SelectorParseException.class, () -> Selector.parse("rack = 'r1'"))
            .getMessage();

    assertThat(cluster.findings()).allMatch(f -> f.code() == FindingCode.BGPPEER_SELECTS_NO_NODE)
        .extracting(Finding::message).containsExactly(
            "BGPPeer/ghost makes no peering: its node 'ghost' does not exist, and its "
                + "peerSelector 'rack = 'r1'' does not parse (" + parseError + "), so it matches "
                + "nothing.",
            "BGPPeer/nowhere makes no peering: its nodeSelector 'rack == 'r9'' matches no node.");
  }

  @Test
  void aBGPPeerConfdDropsIsReported() {
    TestCluster cluster = twoNodes()
        .peer("bad-ip", p -> p.nodeSelector("all()").peerIP("10.0.0.300")
            .asNumber(ASNumber.of(65000)))
        .peer("bad-gateway", p -> p.nodeSelector("all()").peerIP("192.0.2.1")
            .reachableBy("fd00::1").asNumber(ASNumber.of(65000)))
        .peer("nothing", p -> p.nodeSelector("all()").asNumber(ASNumber.of(65000)));

    assertThat(cluster.findings()).allMatch(f -> f.code() == FindingCode.BGPPEER_IGNORED)
        .allMatch(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::message).containsExactly(
            "BGPPeer/bad-gateway makes no peering: its spec.reachableBy \"fd00::1\" is unusable"
                + " (not an IPv4 address like the peerIP), and confd drops such a BGPPeer"
                + " without a word.",
            "BGPPeer/bad-ip makes no peering: its spec.peerIP \"10.0.0.300\" is unusable (not an"
                + " IP address, with or without a port), and confd drops such a BGPPeer without"
                + " a word.",
            "BGPPeer/nothing makes no peering: its spec.peerIP \"\" is unusable (a BGPPeer needs a"
                + " peerIP, a peerSelector or a localWorkloadSelector), and confd drops such a"
                + " BGPPeer without a word.");
    assertThat(twoNodes().peer("good", p -> p.nodeSelector("all()").peerIP("192.0.2.1:1179")
        .reachableBy("192.0.2.254").asNumber(ASNumber.of(65000))).findings()).isEmpty();
  }

  @Test
  void aBGPPeerWithOnlyANodeGivesReversePeeringsToEveryNodeMissingAFamilyAndIsFlagged() {
    // confd's reverse pass: nodesWithIPPortAndAS("") matches a and b (no IPv6 address), not c;
    // b's peering to itself is no peering. So a, and only a, peers with b.
    TestCluster cluster = twoNodes().nodeWith("c", "10.0.0.3/24", "fd00::3/64", null, null)
        .meshOff().peer("only-node", p -> p.node("b"));

    assertThat(cluster.findings(FindingCode.BGPPEER_IGNORED)).isEmpty();
    assertThat(cluster.findings(FindingCode.BGPPEER_ONLY_REVERSE_PEERINGS)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.nodes()).containsExactly("a", "b");
          assertThat(f.resources()).containsExactly("BGPPeer/only-node");
          assertThat(f.message()).isEqualTo("BGPPeer/only-node has neither peerIP, peerSelector"
              + " nor localWorkloadSelector, which is almost certainly a mistake, and confd does"
              + " not simply drop it: it gives b no peering, but its reverse pass"
              + " (nodesWithIPPortAndAS) takes the empty peerIP for the address of every node"
              + " without an IPv4 or an IPv6 address, in the AS of its asNumber (the cluster's"
              + " without one), and gives each a peering to b: a → b at 10.0.0.2"
              + " (Node_10_0_0_2). Give it a peerIP or a peerSelector, or delete it.");
        });
    // The finding says what the plan holds: a's peer, and nothing on b or c.
    assertThat(cluster.plan().node("a").orElseThrow().peers())
        .extracting(p -> p.name(), p -> p.bgpPeerName())
        .containsExactly(tuple("Node_10_0_0_2", "only-node"));
    assertThat(cluster.plan().node("b").orElseThrow().peers()).isEmpty();
    assertThat(cluster.plan().node("c").orElseThrow().peers()).isEmpty();
    assertThat(cluster.findings(FindingCode.HALF_OPEN_SESSION)).singleElement()
        .extracting(Finding::nodes).isEqualTo(List.of("a", "b"));
  }

  @Test
  void aBGPPeerWithOnlyANodeMakesNoPeeringWhenEveryNodeHasBothFamilies() {
    TestCluster cluster = cluster().nodeWith("a", "10.0.0.1/24", "fd00::1/64", null, null)
        .nodeWith("b", "10.0.0.2/24", "fd00::2/64", null, null)
        .peer("only-node", p -> p.node("b"));

    assertThat(cluster.findings(FindingCode.BGPPEER_ONLY_REVERSE_PEERINGS)).isEmpty();
    assertThat(cluster.findings(FindingCode.BGPPEER_IGNORED)).singleElement()
        .extracting(Finding::message).asString()
        .startsWith("BGPPeer/only-node makes no peering: its spec.peerIP \"\" is unusable");
  }

  @Test
  void aBGPPeerWithAnUnusableReachableByStillReversesToTheNodeAtItsPeerIP() {
    // The forward pass drops it (reachableBy is IPv6, the peerIP IPv4); the reverse pass checks
    // neither and gives b, the node at 10.0.0.2 in AS 64512, a peering to every node.
    TestCluster cluster = twoNodes().meshOff()
        .peer("via-v6", p -> p.nodeSelector("all()").peerIP("10.0.0.2")
            .reachableBy("fd00::1").asNumber(ASNumber.of(64512)));

    assertThat(cluster.findings(FindingCode.BGPPEER_IGNORED)).isEmpty();
    assertThat(cluster.findings(FindingCode.BGPPEER_ONLY_REVERSE_PEERINGS)).singleElement()
        .satisfies(f -> {
          assertThat(f.nodes()).containsExactly("b", "a");
          assertThat(f.message()).isEqualTo("BGPPeer/via-v6 makes only reverse peerings: its"
              + " spec.reachableBy \"fd00::1\" is unusable (not an IPv4 address like the peerIP),"
              + " so confd drops the peerings of the nodes of nodeSelector 'all()' without a"
              + " word, yet its reverse pass still gives b → a at 10.0.0.1 (Node_10_0_0_1). Fix"
              + " spec.reachableBy.");
        });
  }

  @Test
  void aBGPPeerThatSelectsNodesIsFine() {
    assertThat(twoNodes().peer("somewhere", p -> p.nodeSelector("rack == 'r1'")
        .peerIP("192.0.2.1").asNumber(ASNumber.of(65000))).findings()).isEmpty();
  }

  @Test
  void aBGPPeerWithoutNodeOrNodeSelectorAppliesToAll() {
    TestCluster cluster = twoNodes().peer("everywhere", p -> p.peerIP("192.0.2.1")
        .asNumber(ASNumber.of(65000)));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.BGPPEER_APPLIES_TO_ALL_NODES);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("BGPPeer/everywhere has neither node nor nodeSelector, "
          + "so it applies to every node: the 2 of this cluster and any added later.");
    });
    assertThat(twoNodes().peer("everywhere", p -> p.nodeSelector("all()").peerIP("192.0.2.1")
        .asNumber(ASNumber.of(65000))).findings()).isEmpty();
  }

  @Test
  void twoBGPPeersForOneSessionWithDifferentSettingsConflict() {
    TestCluster cluster = twoNodes()
        .peer("tor-a", p -> p.nodeSelector("all()").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65000)))
        .peer("tor-b", p -> p.nodeSelector("rack == 'r1'").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65001)).keepaliveTime(GoDuration.parse("10s")));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.BGPPEERS_CONFLICT);
      assertThat(f.nodes()).containsExactly("a");
      assertThat(f.resources()).containsExactly("BGPPeer/tor-a", "BGPPeer/tor-b");
      assertThat(f.message()).startsWith("BGPPeer/tor-a and BGPPeer/tor-b both configure the "
          + "peering of node a with 192.0.2.1 but differ in asNumber (65000 vs 65001) and "
          + "keepaliveTime (- vs 10s): confd keeps the one it reads first, in an unspecified "
          + "order");
    });
  }

  @Test
  void aGlobalBGPPeerHidingANodeSpecificOneSaysSo() {
    TestCluster cluster = twoNodes()
        .peer("all-tor", p -> p.peerIP("192.0.2.1").asNumber(ASNumber.of(65000)))
        .peer("a-tor", p -> p.node("a").peerIP("192.0.2.1").asNumber(ASNumber.of(65001)));

    assertThat(cluster.findings(FindingCode.BGPPEERS_CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("confd keeps BGPPeer/all-tor's, because "
            + "a global BGPPeer (no node, no nodeSelector) hides node-specific peerings to the "
            + "same address; BGPPeer/a-tor's settings are ignored there."));
  }

  @Test
  void anExplicitPeeringBeatingAReversePeeringSaysSo() {
    TestCluster cluster = cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(ASNumber.of(64512))
            .ttlSecurity(1))
        .peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1").asNumber(ASNumber.of(64512)));

    assertThat(cluster.findings(FindingCode.BGPPEERS_CONFLICT)).extracting(Finding::nodes,
            f -> f.message().substring(f.message().indexOf(": confd")))
        .containsExactly(
            tuple(List.of("a"), ": confd keeps "
                + "BGPPeer/a-to-b's, because a BGPPeer that selects the node beats the reverse "
                + "peering BGPPeer/b-to-a implies; BGPPeer/b-to-a's settings are ignored on that "
                + "end."),
            tuple(List.of("b"), ": confd keeps "
                + "BGPPeer/b-to-a's, because a BGPPeer that selects the node beats the reverse "
                + "peering BGPPeer/a-to-b implies; BGPPeer/a-to-b's settings are ignored on that "
                + "end."));
  }

  @Test
  void twoBGPPeersForOneSessionWithTheSameSettingsDoNotConflict() {
    TestCluster cluster = twoNodes()
        .peer("tor-a", p -> p.nodeSelector("all()").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65000)))
        .peer("tor-b", p -> p.nodeSelector("rack == 'r1'").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65000)));

    assertThat(cluster.plan().shadowedPeers()).hasSize(1);
    assertThat(cluster.findings()).isEmpty();
  }
}
