package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.value.ASNumber;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BGPFilters, Secrets and keys that do not exist. */
class ReferenceFindingsTest {

  private static TestCluster torWith(java.util.function.UnaryOperator<
      io.github.calicobgp.api.resource.BGPPeerSpec.Builder> extra) {
    return cluster().node("a", "10.0.0.1/24")
        .peer("tor", p -> extra.apply(p.nodeSelector("all()").peerIP("192.0.2.1")
            .asNumber(ASNumber.of(65000))));
  }

  @Test
  void aMissingBGPFilterIsSkippedSilentlyByConfd() {
    TestCluster cluster = torWith(p -> p.addFilter("tor-in"));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.BGPFILTER_NOT_FOUND);
      assertThat(f.nodes()).containsExactly("a");
      assertThat(f.resources()).containsExactly("BGPPeer/tor", "BGPFilter/tor-in");
      assertThat(f.message()).isEqualTo("BGPPeer/tor refers to BGPFilter 'tor-in', which does not "
          + "exist: confd skips it silently, so its peerings (on a) import and export routes "
          + "without it.");
    });
    assertThat(torWith(p -> p.addFilter("tor-in")).filter("tor-in").findings()).isEmpty();
  }

  @Test
  void aPasswordFromAMissingSecretIsNoPassword() {
    TestCluster cluster = torWith(p -> p.password(BGPPassword.fromSecret("bgp", "tor")));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SECRET_NOT_FOUND);
      assertThat(f.resources()).containsExactly("BGPPeer/tor", "Secret/kube-system/bgp");
      assertThat(f.message()).isEqualTo("BGPPeer/tor takes its password from Secret "
          + "kube-system/bgp, which does not exist: confd sets no password on its peerings (on "
          + "a), so they fail against a peer that expects one.");
    });
    assertThat(torWith(p -> p.password(BGPPassword.fromSecret("bgp", "tor")))
        .secret("bgp", Map.of("tor", "pw")).findings()).isEmpty();
  }

  @Test
  void theMeshPasswordIsCheckedToo() {
    TestCluster cluster = cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .config(c -> c.nodeMeshPassword(BGPPassword.fromSecret("mesh", "pw")));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SECRET_NOT_FOUND);
      assertThat(f.nodes()).containsExactly("a", "b");
      assertThat(f.message()).startsWith("BGPConfiguration/default takes the node-to-node mesh "
          + "password from Secret kube-system/mesh, which does not exist");
    });
  }

  @Test
  void aPasswordFromAMissingKeyIsNoPassword() {
    TestCluster cluster = torWith(p -> p.password(BGPPassword.fromSecret("bgp", "tor")))
        .secret("bgp", Map.of("other", "pw"));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SECRET_KEY_NOT_FOUND);
      assertThat(f.message()).startsWith("BGPPeer/tor takes its password from key 'tor' of "
          + "Secret kube-system/bgp, which has no such key");
    });
    assertThat(torWith(p -> p.password(BGPPassword.fromSecret("bgp", "other")))
        .secret("bgp", Map.of("other", "pw")).findings()).isEmpty();
  }

  @Test
  void aPasswordWhoseSecretBytesAreNotUtf8IsAFindingBeforeAnyoneRenders() {
    // "pw" then 0xff: not UTF-8.
    TestCluster cluster = torWith(p -> p.password(BGPPassword.fromSecret("bgp", "tor")))
        .encodedSecret("bgp", Map.of("tor", "cHf/"));

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SECRET_VALUE_NOT_UTF8);
      assertThat(f.nodes()).containsExactly("a");
      assertThat(f.resources()).containsExactly("BGPPeer/tor", "Secret/kube-system/bgp");
      assertThat(f.message()).isEqualTo("BGPPeer/tor takes its password from key 'tor' of Secret"
          + " kube-system/bgp, whose value is not valid UTF-8 text: confd would write its raw"
          + " bytes; render refuses to write its peerings (on a).");
    });
    // "pwé" as UTF-8 bytes: fine.
    assertThat(torWith(p -> p.password(BGPPassword.fromSecret("bgp", "tor")))
        .encodedSecret("bgp", Map.of("tor", "cHfDqQ==")).findings()).isEmpty();
  }
}
