package io.github.calicobgp.testkit.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabHostsTest {

  private static final Map<String, String> V4_FILES = Map.of("bird.cfg", "router id 10.99.0.11;\n");

  @Test
  void aNodeKeepsItsAddressesWithTheirPrefixAndItsFilesSorted() {
    LabNode node = LabNode.of("node1", "10.99.0.11/16", "fd99::11/64",
        Map.of("bird6.cfg", "", "bird.cfg", "", "bird_aggr.cfg", ""));

    assertThat(node.ipv4()).hasToString("10.99.0.11/16");
    assertThat(node.ipv6()).hasToString("fd99::11/64");
    assertThat(node.files().keySet()).containsExactly("bird.cfg", "bird6.cfg", "bird_aggr.cfg");
  }

  @Test
  void aNodeNeedsBirdCfgAndWithIpv6Bird6Cfg() {
    assertThatThrownBy(() -> LabNode.of("node1", "10.99.0.11/16", null, Map.of()))
        .hasMessageContaining("no bird.cfg");
    assertThatThrownBy(() -> LabNode.of("node1", "10.99.0.11/16", "fd99::11/64", V4_FILES))
        .hasMessageContaining("no bird6.cfg");
  }

  @Test
  void addressesMustBeOfTheirFamily() {
    assertThatThrownBy(() -> LabNode.of("node1", "fd99::11/64", null, V4_FILES))
        .hasMessageContaining("ipv4 must be an IPv4 CIDR");
    assertThatThrownBy(() -> LabNode.of("node1", "10.99.0.11/16", "10.99.0.12/16", V4_FILES))
        .hasMessageContaining("ipv6 must be an IPv6 CIDR");
  }

  @Test
  void namesThatCouldEscapeTheLabFolderAreRejected() {
    assertThatThrownBy(() -> LabNode.of("../etc", "10.99.0.11/16", null, V4_FILES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> LabNode.of("node1", "10.99.0.11/16", null, Map.of("bird.cfg", "", "../x", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void externalPeersNeedTheirDaemonsFiles() {
    assertThat(ExternalPeer.frr("tor", "10.99.0.1/16", null, "").files()).containsOnlyKeys("frr.conf");
    assertThat(ExternalPeer.bird("tor", "10.99.0.1/16", "fd99::1/64", "", "").runsBird6()).isTrue();
    assertThat(ExternalPeer.bird("tor", "10.99.0.1/16", "fd99::1/64", "", null).runsBird6()).isFalse();
    assertThatThrownBy(() -> ExternalPeer.bird("tor", "10.99.0.1/16", null, "", ""))
        .hasMessageContaining("bird6.cfg needs an IPv6 address");
  }

  @Test
  void hostNamesMustBeUniqueWithinALab() {
    LabNode node = LabNode.of("node1", "10.99.0.11/16", null, V4_FILES);
    assertThatThrownBy(() -> BirdLab.builder().node(node).node(node).start())
        .hasMessageContaining("two hosts are named 'node1'");
    assertThatThrownBy(() -> BirdLab.builder().start()).isInstanceOf(IllegalStateException.class);
  }
}
