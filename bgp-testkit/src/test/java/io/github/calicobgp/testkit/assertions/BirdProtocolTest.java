package io.github.calicobgp.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirdProtocolTest {

  @Test
  void readsStatementsAcrossCommentsStringsAndNestedBlocks() {
    String config = """
        protocol kernel { learn; }
        protocol bgp Node_192_0_2_1 from bgp_template {
          local as 64999;
          neighbor 192.0.2.1 port 1179 as 65000; # a comment; with a semicolon
          password "p#ss; {x}";
          /* block
             comment; */ passive on;
          export filter {
            calico_export_to_bgp_peers(false);
            reject;
          };  # Only want to export routes for workloads.
        }
        protocol bgp x {
          neighbor 10.0.0.1 as 1;
        }
        """;

    List<BirdProtocol> protocols = BirdProtocol.parseAll(config, IPFamily.V4);

    assertThat(protocols).extracting(BirdProtocol::name).containsExactly("Node_192_0_2_1", "x");
    BirdProtocol node = protocols.get(0);
    assertThat(node.template()).isEqualTo("bgp_template");
    assertThat(node.statements()).containsExactly(
        "local as 64999",
        "neighbor 192.0.2.1 port 1179 as 65000",
        "password \"p#ss; {x}\"",
        "passive on",
        "export filter { calico_export_to_bgp_peers(false); reject; }");
    assertThat(node.value("local as")).contains("64999");
    assertThat(node.value("rr cluster id")).isEmpty();
    assertThat(node.has("export  filter {\n calico_export_to_bgp_peers(false); reject; }"))
        .isTrue();
    assertThat(protocols.get(1).template()).isEmpty();
    assertThat(protocols.get(1).file()).isEqualTo("bird.cfg");
  }
}
