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
  void aLogLevelChangeIsReportedAsANodeChangeThoughNoSessionChanges(@TempDir Path dir)
      throws IOException {
    Path info = Files.writeString(dir.resolve("info.yaml"), NODES);
    Path debug = Files.writeString(dir.resolve("debug.yaml"), NODES
        + """
        ---
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata:
          name: default
        spec:
          logSeverityScreen: Debug
        """);

    Cli.Result result = Cli.run("diff", info.toString(), "--against", debug.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith(
            """
            nodes: 0 added, 0 removed, 2 changed
            ~ node a
                logLevel INFO → DEBUG
            ~ node rr
                logLevel INFO → DEBUG
            sessions: no change

            --- a/a/bird.cfg
            +++ b/a/bird.cfg
            """);
  }

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
            nodes: 0 added, 0 removed, 1 changed
            ~ node rr
                routeReflectorClusterId - → 224.0.0.1
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
  void aNodeTheNewRevisionCannotRenderIsNamedInPlaceOfItsFilesAndFailsTheDiff(@TempDir Path dir)
      throws IOException {
    Path before = Files.writeString(dir.resolve("before.yaml"), NODES);
    // Node a moves to IPv6 only: BIRD then has no router id (Calico would write 'router id ;').
    Path after = Files.writeString(dir.resolve("after.yaml"),
        NODES.replace("ipv4Address: 10.0.0.1/24", "ipv6Address: fd00::1/64"));

    Cli.Result result = Cli.run("diff", before.toString(), "--against", after.toString());

    String problem = "node a: routerId: the node has no IPv4 address, so BIRD has no router id"
        + " (Calico would write the invalid 'router id ;'); set a router id: an IPv4 address, or"
        + " 'hash' to derive one from the node name";
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .startsWith("nodes: 0 added, 0 removed, 1 changed\n~ node a\n    routerId 10.0.0.1 → -\n")
        .contains("\nsessions: 0 added, 1 removed, 0 changed\n")
        .contains("\n! a: BIRD files not compared: the new revision cannot be rendered (" + problem
            + ")\n")
        .contains("--- a/rr/bird.cfg\n");
    // Located at node a, whose IPv4 address is gone (the line of its bgp section).
    assertThat(result.err()).isEqualTo(after + ":7: Node/a: spec.bgp.ipv4Address: "
        + problem.substring("node a: routerId: ".length())
        + " (the new revision cannot be rendered for node a)\n");

    Cli.Result hashed = Cli.run("diff", before.toString(), "--against", after.toString(),
        "--router-id", "hash");
    assertThat(hashed.exitCode()).as(hashed.err()).isZero();
    assertThat(hashed.out()).contains("--- a/a/bird.cfg\n+++ b/a/bird.cfg\n")
        .doesNotContain("not compared");
  }

  @Test
  void theNewRevisionIsRequired() {
    Cli.Result result = Cli.run(Examples.args("diff", "route-reflectors"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--against");
  }
}
