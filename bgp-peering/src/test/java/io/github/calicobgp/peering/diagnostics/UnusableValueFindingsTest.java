package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Values Calico accepts that render refuses, reported by check before anyone renders. */
class UnusableValueFindingsTest {

  private static TestCluster tor(UnaryOperator<BGPPeerSpec.Builder> spec) {
    return cluster().nodeWith("a", "10.0.0.1/24", "fd00::1/64", null, null).peer("tor", p -> spec.apply(
        p.nodeSelector("all()").asNumber(ASNumber.of(65000))));
  }

  private static long count(TestCluster cluster, FindingCode code) {
    return cluster.findings().stream().filter(f -> f.code() == code).count();
  }

  @Test
  void anAsNumberOfZeroOnTheClusterOrANodeIsAFinding() {
    TestCluster global = cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .config(c -> c.asNumber(ASNumber.of(0)));
    assertThat(global.findings()).filteredOn(f -> f.code() == FindingCode.AS_NUMBER_ZERO)
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith(
            "BGPConfiguration/default sets the cluster's AS number to 0"));
    TestCluster node = cluster().nodeWith("a", "10.0.0.1/24", null, 0L, null)
        .node("b", "10.0.0.2/24");
    assertThat(node.findings()).filteredOn(f -> f.code() == FindingCode.AS_NUMBER_ZERO)
        .singleElement().satisfies(f -> assertThat(f.nodes()).containsExactly("a"));

    assertThat(count(cluster().node("a", "10.0.0.1/24").config(c -> c.asNumber(ASNumber.of(1))),
        FindingCode.AS_NUMBER_ZERO)).isZero();
  }

  @Test
  void anUnspecifiedOrLinkLocalPeerAddressIsAFinding() {
    for (String ip : new String[] {"0.0.0.0", "::", "fe80::1", "[fe80::1]:179"}) {
      assertThat(tor(p -> p.peerIP(ip)).findings()).as(ip)
          .filteredOn(f -> f.code() == FindingCode.PEER_ADDRESS_UNUSABLE)
          .singleElement().satisfies(f -> {
            assertThat(f.nodes()).containsExactly("a");
            assertThat(f.resources()).containsExactly("BGPPeer/tor");
          });
    }
    for (String ip : new String[] {"192.0.2.1", "fd00::1", "fec0::1"}) {
      assertThat(count(tor(p -> p.peerIP(ip)), FindingCode.PEER_ADDRESS_UNUSABLE)).as(ip)
          .isZero();
    }
  }

  @Test
  void aNegativeOrOversizedTimerIsAFinding() {
    assertThat(tor(p -> p.peerIP("192.0.2.1").maxRestartTime(GoDuration.parse("-10s")))
        .findings()).filteredOn(f -> f.code() == FindingCode.TIMER_OUT_OF_RANGE)
        .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("BGPPeer/tor sets"
            + " maxRestartTime to -10 s, outside 0 to 4294967295 s: render refuses its peerings"
            + " (on a)."));
    assertThat(count(tor(p -> p.peerIP("192.0.2.1").keepaliveTime(GoDuration.parse("2562047h"))),
        FindingCode.TIMER_OUT_OF_RANGE)).isEqualTo(1);
    assertThat(count(cluster().node("a", "10.0.0.1/24")
            .config(c -> c.nodeMeshMaxRestartTime(GoDuration.parse("-1s"))),
        FindingCode.TIMER_OUT_OF_RANGE)).isEqualTo(1);

    assertThat(count(tor(p -> p.peerIP("192.0.2.1").maxRestartTime(GoDuration.parse("120s"))
            .keepaliveTime(GoDuration.parse("1193046h28m15s"))),
        FindingCode.TIMER_OUT_OF_RANGE)).isZero();
  }
}
