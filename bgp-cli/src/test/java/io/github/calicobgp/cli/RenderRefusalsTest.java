package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals of render that come from options rather than from a file, and diff's located line. */
class RenderRefusalsTest {

  private static final String NODES = """
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata:
        name: a
      spec:
        bgp:
          ipv4Address: 10.0.0.1/24
      ---
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata:
        name: b
      spec:
        bgp:
          ipv4Address: 10.0.0.2/24
      """;

  @TempDir Path tmp;

  @Test
  void renderRefusesRouterIdZeroBecauseBird6Does() throws IOException {
    Path file = Files.writeString(tmp.resolve("nodes.yaml"), NODES);
    Path out = Files.createDirectory(tmp.resolve("out"));

    Cli.Result result = Cli.run("render", "--node", "a", "--router-id", "0.0.0.0",
        "--output-dir", out.toString(), file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("calico-bgp: --router-id: bird6 refuses the router id"
        + " 0.0.0.0 ('Router ID must be configured manually on IPv6 routers'); set another router"
        + " id (value \"0.0.0.0\")\n");
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void diffLocatesAValueTheNewRevisionCannotRender() throws IOException {
    Path before = Files.writeString(tmp.resolve("before.yaml"), NODES);
    String dualStack = NODES.replace(
        "ipv4Address: 10.0.0.2/24", "ipv4Address: 10.0.0.2/24\n    ipv6Address: fd00::2/64");
    Path after = Files.writeString(tmp.resolve("after.yaml"), dualStack + """
        ---
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: tor
        spec:
          peerIP: fe80::1
          asNumber: 65000
        """);

    Cli.Result result = Cli.run("diff", before.toString(), "--against", after.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo(after + ":23: BGPPeer/tor: spec.peerIP: is an IPv6"
        + " link-local address, which BIRD accepts only with an interface (Calico gives none)"
        + " (value \"fe80::1\") (the new revision cannot be rendered for node b)\n");
  }
}
