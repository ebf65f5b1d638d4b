package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  private static final String NODES =
      """
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
        name: rr
        labels:
          route-reflector: "true"
      spec:
        bgp:
          ipv4Address: 10.0.0.3/24
      """;

  private static final String REFLECTED =
      """
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata:
        name: default
      spec:
        nodeToNodeMeshEnabled: false
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata:
        name: clients
      spec:
        nodeSelector: "!has(route-reflector)"
        peerSelector: has(route-reflector)
      """;

  @Test
  void movingFromMeshToReflectorsInOneStepIsFlaggedAndTheBirdFilesDiffed(@TempDir Path dir)
      throws IOException {
    Path mesh = Files.writeString(dir.resolve("mesh.yaml"), NODES);
    Path reflected =
        Files.writeString(
            dir.resolve("rr.yaml"),
            NODES.replace(
                    "ipv4Address: 10.0.0.3/24",
                    "ipv4Address: 10.0.0.3/24\n" + "    routeReflectorClusterID: 224.0.0.1")
                + REFLECTED);

    Cli.Result result = Cli.run("diff", mesh.toString(), "--against", reflected.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith(
            """
            sessions: 1 added, 1 removed, 0 changed
            warning: node a loses its only session before its 1 new one establishes: apply the new \
            peerings first, then remove the old ones.
            warning: node rr loses its only session before its 1 new one establishes: apply the new \
            peerings first, then remove the old ones.
            - IPv4 a (Mesh_10_0_0_3) – rr (Mesh_10_0_0_1)
            + IPv4 a (Node_10_0_0_3) – rr (Node_10_0_0_1)

            --- a/a/bird.cfg
            +++ b/a/bird.cfg
            @@\
            """)
        .contains(
            "-protocol bgp Mesh_10_0_0_3 from bgp_template {\n",
            "+protocol bgp Node_10_0_0_3 from bgp_template {\n",
            "--- a/rr/bird.cfg\n+++ b/rr/bird.cfg\n");

    Cli.Result sessionsOnly =
        Cli.run("diff", mesh.toString(), "--against", reflected.toString(), "--sessions-only");
    assertThat(sessionsOnly.out()).doesNotContain("bird.cfg").endsWith("(Node_10_0_0_1)\n");
  }

  @Test
  void theSameRevisionHasNoChange(@TempDir Path dir) throws IOException {
    Path mesh = Files.writeString(dir.resolve("mesh.yaml"), NODES);

    assertThat(Cli.run("diff", mesh.toString(), "--against", mesh.toString()))
        .isEqualTo(new Cli.Result(0, "sessions: no change\n", ""));
  }

  @Test
  void theNewRevisionIsRequired() {
    Cli.Result result = Cli.run(Examples.args("diff", "route-reflectors"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--against");
  }
}
