package io.github.calicobgp.testkit.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BirdLabExternalPeerTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  @BeforeEach
  void needsLab() {
    LabAssumptions.assumeLabAvailable();
  }

  @Test
  void nodeAndBirdTorExchangeRoutesOverEbgp() {
    ExternalPeer tor =
        ExternalPeer.bird("tor", "10.99.0.1/16", null, LabFixtures.text("tor/bird-tor.cfg"), null);
    long start = System.nanoTime();
    try (BirdLab lab = BirdLab.builder().node(LabFixtures.torNode()).externalPeer(tor).start()) {
      lab.awaitEstablished(TIMEOUT);
      System.out.printf("node + BIRD ToR Established after %d ms%n",
          (System.nanoTime() - start) / 1_000_000);

      LabRoute fromTor = lab.awaitRoute("node1", "10.97.0.0/24", TIMEOUT);
      assertThat(fromTor.gateway()).isEqualTo("10.99.0.1");
      assertThat(fromTor.attribute("BGP.as_path")).isEqualTo("65001");
      LabRoute fromNode = lab.awaitRoute("tor", "10.98.1.0/26", TIMEOUT);
      assertThat(fromNode.protocol()).isEqualTo("node1");
      assertThat(fromNode.attribute("BGP.as_path")).isEqualTo("64512");
    }
  }

  @Test
  void nodeAndFrrTorExchangeRoutesOverEbgp() {
    LabAssumptions.assumeLabAvailable();
    ExternalPeer tor = ExternalPeer.frr("tor", "10.99.0.1/16", null, LabFixtures.text("tor/frr-tor.conf"));
    long start = System.nanoTime();
    try (BirdLab lab = BirdLab.builder().node(LabFixtures.torNode()).externalPeer(tor).start()) {
      lab.awaitEstablished(TIMEOUT);
      System.out.printf("node + FRR ToR Established after %d ms%n",
          (System.nanoTime() - start) / 1_000_000);

      LabRoute fromTor = lab.awaitRoute("node1", "10.97.0.0/24", TIMEOUT);
      assertThat(fromTor.attribute("BGP.as_path")).isEqualTo("65001");
      System.out.printf("node + FRR ToR route after %d ms%n", (System.nanoTime() - start) / 1_000_000);
      assertThat(lab.vtysh("tor", "show bgp ipv4 unicast 10.98.1.0/26"))
          .contains("64512")
          .contains("10.99.0.11");
    }
  }
}
