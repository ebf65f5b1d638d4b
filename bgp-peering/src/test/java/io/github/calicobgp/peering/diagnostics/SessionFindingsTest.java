package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.peering.PlanEdits;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings on the two ends of node-to-node sessions. */
class SessionFindingsTest {

  private static final ASNumber DEFAULT_AS = ASNumber.of(64512);

  private static TestCluster twoNodesWithoutMesh() {
    return cluster().meshOff().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");
  }

  @Test
  void aManualPeeringWithoutAnswerIsHalfOpen() {
    TestCluster cluster = twoNodesWithoutMesh().peer("a-to-b",
        p -> p.node("a").peerIP("10.0.0.2").asNumber(DEFAULT_AS).reversePeering("Manual"));

    assertThat(cluster.findings(FindingCode.HALF_OPEN_SESSION)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.nodes()).containsExactly("a", "b");
      assertThat(f.resources()).containsExactly("BGPPeer/a-to-b");
      assertThat(f.message()).startsWith("IPv4 session a → b is half-open: a peers with b at "
              + "10.0.0.2 (Node_10_0_0_2, BGPPeer/a-to-b) but b has no peer for a at 10.0.0.1")
          .contains("reversePeering: Manual");
    });
  }

  @Test
  void aPeeringInTheWrongASGetsNoReversePeeringAndSaysSo() {
    TestCluster cluster = twoNodesWithoutMesh().peer("a-to-b",
        p -> p.node("a").peerIP("10.0.0.2").asNumber(ASNumber.of(65000)));

    assertThat(cluster.findings(FindingCode.HALF_OPEN_SESSION)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("asNumber of BGPPeer/a-to-b (65000) is "
            + "b's AS (64512)"));
  }

  @Test
  void aPeeringConfdReversesIsNotHalfOpen() {
    TestCluster cluster = twoNodesWithoutMesh().peer("a-to-b",
        p -> p.node("a").peerIP("10.0.0.2").asNumber(DEFAULT_AS));

    assertThat(cluster.findings()).isEmpty();
  }

  private static TestCluster explicitPair(String aToB, String bToA) {
    return twoNodesWithoutMesh()
        .peer("a-to-b", p -> p.node("a").peerIP(aToB).asNumber(DEFAULT_AS)
            .reversePeering("Manual"))
        .peer("b-to-a", p -> p.node("b").peerIP(bToA).asNumber(DEFAULT_AS)
            .reversePeering("Manual"));
  }

  @Test
  void endsExpectingAnASTheOtherDoesNotSpeakMismatch() {
    TestCluster cluster = twoNodesWithoutMesh()
        .peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(ASNumber.of(65000))
            .reversePeering("Manual"))
        .peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1").asNumber(DEFAULT_AS)
            .reversePeering("Manual"));

    assertThat(cluster.findings(FindingCode.SESSION_AS_MISMATCH)).singleElement()
        .extracting(Finding::message).isEqualTo("IPv4 session a – b: a expects AS "
        + "65000 from b at 10.0.0.2 (BGPPeer/a-to-b) but b speaks AS 64512 toward it "
        + "(BGPPeer/b-to-a): BIRD rejects the OPEN message (bad peer AS) and the session never "
        + "establishes");
    assertThat(explicitPair("10.0.0.2", "10.0.0.1").findings()).isEmpty();
  }

  @Test
  void differentPasswordsMismatch() {
    TestCluster cluster = twoNodesWithoutMesh()
        .secret("one", Map.of("pw", "first"))
        .secret("two", Map.of("pw", "second"))
        .peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(DEFAULT_AS)
            .reversePeering("Manual").password(BGPPassword.fromSecret("one", "pw")))
        .peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1").asNumber(DEFAULT_AS)
            .reversePeering("Manual").password(BGPPassword.fromSecret("two", "pw")));

    assertThat(cluster.findings(FindingCode.SESSION_PASSWORD_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("different passwords (a: "
            + "BGPPeer/a-to-b, b: BGPPeer/b-to-a)").doesNotContain("first", "second"));
    assertThat(cluster.findings()).extracting(Finding::code)
        .containsOnly(FindingCode.SESSION_PASSWORD_MISMATCH, FindingCode.NODE_ISOLATED);
  }

  @Test
  void equalPasswordsAgree() {
    TestCluster cluster = twoNodesWithoutMesh()
        .secret("shared", Map.of("pw", "same"))
        .peer("pair", p -> p.nodeSelector("all()").peerSelector("all()")
            .password(BGPPassword.fromSecret("shared", "pw")));

    assertThat(cluster.findings()).isEmpty();
  }

  @Test
  void aPasswordOnOneEndOnlyIsReported() {
    TestCluster cluster = twoNodesWithoutMesh()
        .secret("shared", Map.of("pw", "same"))
        .peer("a-to-b", p -> p.node("a").peerIP("10.0.0.2").asNumber(DEFAULT_AS)
            .reversePeering("Manual").password(BGPPassword.fromSecret("shared", "pw")))
        .peer("b-to-a", p -> p.node("b").peerIP("10.0.0.1").asNumber(DEFAULT_AS)
            .reversePeering("Manual"));

    assertThat(cluster.findings(FindingCode.SESSION_PASSWORD_ONE_END)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("a uses a password (BGPPeer/a-to-b) but "
            + "b uses none (BGPPeer/b-to-a)"));
  }

  @Test
  void portsNeitherEndListensOnMismatch() {
    TestCluster cluster = explicitPair("10.0.0.2:1790", "10.0.0.1:1790");

    assertThat(cluster.findings(FindingCode.SESSION_PORT_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("a connects to b on port 1790 (BGPPeer/a-to-b) but b "
          + "listens on 179");
    });
  }

  @Test
  void oneEndThatCanConnectIsEnough() {
    TestCluster cluster = explicitPair("10.0.0.2:1790", "10.0.0.1:1790")
        .config("node.b", c -> c.listenPort(1790));

    assertThat(cluster.findings()).isEmpty();
  }

  @Test
  void twoPassiveEndsNeverConnect() {
    TestCluster cluster = cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24");

    assertThat(Diagnostics.of(cluster.plan())).isEmpty();
    assertThat(Diagnostics.of(PlanEdits.mapPeers(cluster.plan(), PlanEdits::passive)))
        .filteredOn(f -> f.code() == FindingCode.SESSION_BOTH_PASSIVE).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("both ends are passive (a: the mesh, b: the mesh)");
          assertThat(f.resources()).containsExactly("BGPConfiguration/default");
        });
  }
}
