package io.github.calicobgp.testkit.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.value.IPFamily;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BirdLabMeshTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  @BeforeEach
  void needsLab() {
    LabAssumptions.assumeLabAvailable();
  }

  @Test
  void dualStackMeshOfThreeNodesEstablishesAndExchangesTheBlackholeRoutes() {
    long start = System.nanoTime();
    try (BirdLab lab = BirdLab.builder().nodes(LabFixtures.meshNodes()).start()) {
      System.out.printf("3-node dual-stack mesh started after %d ms%n",
          (System.nanoTime() - start) / 1_000_000);
      lab.awaitEstablished(TIMEOUT);
      System.out.printf("3-node dual-stack mesh Established after %d ms%n",
          (System.nanoTime() - start) / 1_000_000);

      for (int i = 1; i <= 3; i++) {
        String node = "node" + i;
        List<ProtocolState> bgp = lab.protocols(node).stream().filter(ProtocolState::isBgp).toList();
        assertThat(bgp).hasSize(4).allMatch(ProtocolState::isEstablished);
        assertThat(bgp).filteredOn(p -> p.family() == IPFamily.V6).hasSize(2);
        for (int j = 1; j <= 3; j++) {
          if (j == i) {
            continue;
          }
          LabRoute v4 = lab.awaitRoute(node, "10.98." + j + ".0/26", TIMEOUT);
          assertThat(v4.gateway()).isEqualTo("10.99.0.1" + j);
          assertThat(v4.protocol()).isEqualTo("Mesh_10_99_0_1" + j);
          assertThat(v4.attribute("BGP.as_path")).isEmpty();
          LabRoute v6 = lab.awaitRoute(node, "fd98:" + j + "::/122", TIMEOUT);
          assertThat(v6.gateway()).isEqualTo("fd99::1" + j);
          assertThat(v6.protocol()).isEqualTo("Mesh_fd99__1" + j);
        }
        LabRoute own = lab.awaitRoute(node, "10.98." + i + ".0/26", TIMEOUT);
        assertThat(own.destination()).isEqualTo(LabRoute.Destination.BLACKHOLE);
      }
      System.out.printf("3-node dual-stack mesh with all routes after %d ms%n",
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
