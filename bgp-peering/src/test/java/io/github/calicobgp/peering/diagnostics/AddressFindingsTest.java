package io.github.calicobgp.peering.diagnostics;

import static io.github.calicobgp.peering.diagnostics.TestCluster.cluster;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Node addresses: shared ones, and families some nodes lack. */
class AddressFindingsTest {

  @Test
  void twoNodesWithOneAddressAreReported() {
    TestCluster cluster = cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.1/24")
        .node("c", "10.0.0.3/24");

    assertThat(cluster.findings(FindingCode.DUPLICATE_NODE_ADDRESS)).singleElement()
        .satisfies(f -> {
          assertThat(f.nodes()).containsExactly("a", "b");
          assertThat(f.resources()).containsExactly("Node/a", "Node/b");
          assertThat(f.message()).startsWith("nodes a and b all have the IPv4 address 10.0.0.1");
        });
    assertThat(cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24").findings()).isEmpty();
  }

  @Test
  void aNodeWithoutTheFamilyOthersUseIsReported() {
    TestCluster cluster = cluster()
        .nodeWith("a", "10.0.0.1/24", "fd00::1/64", null, null)
        .nodeWith("b", "10.0.0.2/24", "fd00::2/64", null, null)
        .node("c", "10.0.0.3/24");

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.NODE_MISSING_FAMILY_ADDRESS);
      assertThat(f.nodes()).containsExactly("c");
      assertThat(f.message()).isEqualTo("node c has no IPv6 address while a and b have one: no "
          + "IPv6 routes are exchanged between them.");
    });
    assertThat(cluster()
        .nodeWith("a", "10.0.0.1/24", "fd00::1/64", null, null)
        .nodeWith("b", "10.0.0.2/24", "fd00::2/64", null, null).findings()).isEmpty();
  }

  @Test
  void aNodeConfdIgnoresIsReported() {
    TestCluster cluster = cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .nodeWith("c", "10.0.0.3/24", "10.0.0.3/24", null, null);

    assertThat(cluster.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.NODE_IGNORED);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.nodes()).containsExactly("c");
      assertThat(f.resources()).containsExactly("Node/c");
      assertThat(f.message()).isEqualTo("node c is ignored by confd: its spec.bgp.ipv6Address"
          + " \"10.0.0.3/24\" is unusable (not an IPv6 address), so confd drops the whole Node:"
          + " no node peers with it, and calico-node on it renders no BIRD configuration.");
    });
    assertThat(cluster().node("a", "10.0.0.1/24").node("b", "10.0.0.2/24")
        .nodeWith("c", "10.0.0.3/24", "fd00::3/64", null, null)
        .findings(FindingCode.NODE_IGNORED)).isEmpty();
  }
}
