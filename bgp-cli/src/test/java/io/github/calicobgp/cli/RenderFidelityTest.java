package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five minimal inputs on which confd behaves in ways its own goldens do not show, rendered
 * for node {@code n1} through {@code calico-bgp render}, compared line by line with what confd's
 * templates write for them (confd/etc/calico/confd/templates, fed by bgp_processor.go).
 */
class RenderFidelityTest {

  private static String input(String name) {
    try {
      return Path.of(RenderFidelityTest.class.getResource("/fidelity/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String name) {
    try {
      return Files.readString(Path.of(input(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of {@code file} in {@code render --stdout} output. */
  private static List<String> rendered(String file, String input, String... options) {
    return renderedFor("n1", file, input, options);
  }

  /** The lines of {@code file} in {@code render --node NODE --stdout} output. */
  private static List<String> renderedFor(
      String node, String file, String input, String... options) {
    String[] args = new String[] {"render", "--node", node, "--stdout"};
    args = concat(args, options);
    args = concat(args, new String[] {input(input)});
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    int start = out.indexOf("==> " + file + " <==\n");
    assertThat(start).as("header of " + file + " in:\n" + out).isNotNegative();
    int end = out.indexOf("\n==> ", start + 4);
    String text = out.substring(start, end < 0 ? out.length() : end);
    return text.lines().toList();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aNodeBGPConfigurationHidesTheGlobalDebugLevelWithItsStoredInfo() {
    List<String> kdd = rendered("bird.cfg", "d1-node-log-level.yaml");
    assertThat(kdd).contains("  debug { states };").doesNotContain("  debug all;");
    List<String> etcd = rendered("bird.cfg", "d1-node-log-level.yaml", "--datastore", "etcd");
    assertThat(etcd).contains("  debug all;").doesNotContain("  debug { states };");
  }

  @Test
  void theReversePeeringOfAnIpv4PeerIPWithAPortIsRenderedInBirdCfg() {
    assertThat(rendered("bird.cfg", "d2-reverse-ipv4-port.yaml"))
        .contains("protocol bgp Node_10_0_0_2 from bgp_template {", "  neighbor 10.0.0.2 as 64512;");
    assertThat(rendered("bird6.cfg", "d2-reverse-ipv4-port.yaml"))
        .noneMatch(line -> line.startsWith("protocol bgp Node_"));
  }

  @Test
  void checkFindsTheReversePeeringOfAnIpv4PeerIPWithAPortSoNoHalfOpenSession() {
    String meshOff = "apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\n"
        + "metadata: {name: default}\nspec: {nodeToNodeMeshEnabled: false}\n---\n";
    Cli.Result sessions = Cli.runWithStdin(meshOff + read("d2-reverse-ipv4-port.yaml"),
        "sessions", "-");
    assertThat(sessions.exitCode()).as(sessions.err()).isZero();
    assertThat(sessions.out()).contains("node-to-node sessions: 1 (half-open: 0)");
    Cli.Result check = Cli.runWithStdin(meshOff + read("d2-reverse-ipv4-port.yaml"), "check", "-");
    assertThat(check.out()).doesNotContain("HALF_OPEN_SESSION");
    assertThat(check.exitCode()).as(check.out()).isZero();
  }

  @Test
  void aBGPPeerWithOnlyANodeGivesSingleStackNodesAReversePeering() {
    assertThat(rendered("bird.cfg", "d3-peer-with-only-node.yaml"))
        .contains("protocol bgp Node_10_0_0_2 from bgp_template {", "  neighbor 10.0.0.2 as 64512;");
  }

  @Test
  void checkNamesTheReversePeeringsThatRenderWritesForABGPPeerWithOnlyANode() {
    Cli.Result check = Cli.run("check", input("d3-peer-with-only-node.yaml"));
    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("BGPPEER_ONLY_REVERSE_PEERINGS", "almost certainly a mistake",
        ": n1 → n2 at 10.0.0.2 (Node_10_0_0_2).").doesNotContain("BGPPEER_IGNORED", "n2 →");

    // What check names is what render writes: n1 peers with n2 by BGPPeer/only-node, n2 with
    // no node by it (its own address is no peer).
    assertThat(rendered("bird.cfg", "d3-peer-with-only-node.yaml"))
        .filteredOn(line -> line.startsWith("protocol bgp Node_"))
        .containsExactly("protocol bgp Node_10_0_0_2 from bgp_template {");
    assertThat(renderedFor("n2", "bird.cfg", "d3-peer-with-only-node.yaml"))
        .noneMatch(line -> line.startsWith("protocol bgp Node_"));
  }

  @Test
  void anEmptyNodePrefixAdvertisementListLeavesNoCommunities() {
    assertThat(rendered("bird.cfg", "d4-empty-prefix-advertisements.yaml"))
        .noneMatch(line -> line.contains("65000, 100"));
    assertThat(rendered("bird.cfg", "d4-empty-prefix-advertisements.yaml", "--datastore", "etcd"))
        .anyMatch(line -> line.contains("65000, 100"));
  }

  @Test
  void aLoadBalancerWithoutPolicyAdvertisesItsSingleExternalIp() {
    assertThat(rendered("bird_aggr.cfg", "d5-load-balancer-without-policy.yaml"))
        .contains("   route 203.0.113.5/32 blackhole;");
  }
}
