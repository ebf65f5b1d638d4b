package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every field whose value {@code render} can refuse, a minimal cluster with a hostile value
 * in it (values {@code bad-render/} does not already try): {@code render} exits with 1, says
 * {@code file:line: Kind/name: field: message} at the line of the value, and leaves its output
 * directory exactly as it was; {@code check} reports an error naming the resource before anyone
 * renders; {@code diff} from the same cluster with a good value reports the same line for the new
 * revision.
 */
class HostileValueSweepTest {

  /** Two nodes in AS 64512; node a, the one rendered, has both families. */
  private static final String NODES = """
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: {name: a}
      spec:
        bgp: {ipv4Address: 10.0.0.1/24, ipv6Address: "fd00::1/64"$A}
      ---
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: {name: b}
      spec:
        bgp: {ipv4Address: 10.0.0.2/24, ipv6Address: "fd00::2/64"}
      """;

  private static final String CONFIG = """
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: {name: default}
      spec:
        asNumber: 64512
      """;

  private static final String TOR = """
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: {name: tor}
      spec:
        peerIP: 10.0.0.9
        asNumber: 65001
      """;

  private static final String FILTER = """
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPFilter
      metadata: {name: edge}
      spec:
      """;

  /**
   * One hostile value: {@code template} holds {@code %s} where the value goes ({@code $A} adds to
   * node a's {@code bgp}), on the line the refusal must point at unless {@code marker} names
   * another line's text.
   *
   * @param name what is tried
   * @param template the cluster, with {@code %s} for the value
   * @param good a value render accepts
   * @param bad the hostile value
   * @param located {@code Kind/name: field} as the refusal must name it
   * @param marker text of the line the refusal points at, or null for the value's line
   */
  private record Case(String name, String template, String good, String bad, String located,
      String marker) {
    String cluster(String value) {
      return template.replace("%s", value).replace("$A", "");
    }
  }

  private static final List<Case> CASES = List.of(
      config("IPv6 cluster range with host bits", "  serviceClusterIPs: [{cidr: %s}]\n",
          "\"fd00:96::/64\"", "\"fd00:96::1/64\"", "spec.serviceClusterIPs[0].cidr"),
      config("IPv6 external range with host bits", "  serviceExternalIPs: [{cidr: %s}]\n",
          "\"fd00:7::/64\"", "\"fd00:7::7/64\"", "spec.serviceExternalIPs[0].cidr"),
      config("aggregated LoadBalancer range with host bits",
          "  serviceLoadBalancerIPs: [{cidr: 10.9.0.0/16}, {cidr: %s}]\n",
          "10.3.0.0/16", "10.3.3.3/16", "spec.serviceLoadBalancerIPs[1].cidr"),
      config("large community above 32 bits",
          "  prefixAdvertisements: [{cidr: 10.0.0.0/8, communities: [%s]}]\n",
          "\"64512:1:1\"", "\"4294967296:1:1\"", "spec.prefixAdvertisements[0].communities[0]"),
      config("standard community above 16 bits, second part",
          "  prefixAdvertisements: [{cidr: 10.0.0.0/8, communities: [%s]}]\n",
          "\"1:65535\"", "\"1:65536\"", "spec.prefixAdvertisements[0].communities[0]"),
      config("named community with a sign",
          "  communities: [{name: c, value: %s}]\n"
              + "  prefixAdvertisements: [{cidr: 10.0.0.0/8, communities: [c]}]\n",
          "\"1:2\"", "\"1:-2\"", "spec.communities[0].value"),
      config("IPv6 advertised prefix with host bits",
          "  prefixAdvertisements: [{cidr: %s, communities: [\"1:2\"]}]\n",
          "\"fd00:5::/48\"", "\"fd00:5::1/48\"", "spec.prefixAdvertisements[0].cidr"),
      config("empty ignored interface", "  ignoredInterfaces: [%s]\n",
          "eth9", "\"\"", "spec.ignoredInterfaces[0]"),
      config("ignored interface with a space", "  ignoredInterfaces: [eth1, %s]\n",
          "eth9", "\"eth 0\"", "spec.ignoredInterfaces[1]"),
      config("negative IPv6 route priority", "  ipv6NormalRoutePriority: %s\n",
          "512", "-1", "spec.ipv6NormalRoutePriority"),
      config("negative mesh restart time", "  nodeMeshMaxRestartTime: %s\n",
          "120s", "-1s", "spec.nodeMeshMaxRestartTime"),
      new Case("node AS 0", NODES.replace("$A", ", asNumber: %s") + CONFIG, "64513", "0",
          "Node/a: spec.bgp.asNumber", null),
      new Case("route-reflector cluster id in IPv6 form",
          NODES.replace("$A", ", routeReflectorClusterID: %s") + CONFIG
              + "---\napiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: rr}\n"
              + "spec: {nodeSelector: all(), peerSelector: all()}\n",
          "224.0.0.1", "\"::1\"", "Node/a: spec.bgp.routeReflectorClusterID", null),
      new Case("peer AS 0 written out", NODES + CONFIG
          + TOR.replace("asNumber: 65001", "asNumber: %s"), "65002", "0",
          "BGPPeer/tor: spec.asNumber", null),
      peer("keepalive time negative", "  keepaliveTime: %s\n", "30s", "-30s",
          "spec.keepaliveTime"),
      peer("restart time beyond BIRD's numbers", "  maxRestartTime: %s\n", "120s", "2562047h",
          "spec.maxRestartTime"),
      new Case("peer link-local with a port", NODES + CONFIG + TOR.replace(
          "peerIP: 10.0.0.9", "peerIP: %s"), "\"[fd00::9]:1790\"", "\"[fe80::9]:1790\"",
          "BGPPeer/tor: spec.peerIP", null),
      peer("gateway in IPv4-mapped IPv6 form", "  reachableBy: %s\n", "10.0.0.254",
          "\"::ffff:10.0.0.7\"", "spec.reachableBy"),
      new Case("password with a line feed", NODES + CONFIG + TOR
          + "  password: {secretKeyRef: {name: bgp, key: pw}}\n"
          + "---\napiVersion: v1\nkind: Secret\nmetadata: {name: bgp, namespace: kube-system}\n"
          + "stringData: {pw: %s}\n", "\"secret\"", "\"sec\\nret\"",
          "BGPPeer/tor: spec.password.secretKeyRef", "password:"),
      filter("filter cidr of the other family", "  importV4: [{action: Accept, "
          + "matchOperator: In, cidr: %s}]\n", "10.0.0.0/8", "\"fd00::/8\"",
          "spec.importV4[0].cidr"),
      filter("filter cidr beyond 32 bits", "  importV4: [{action: Accept, "
          + "matchOperator: Equal, cidr: %s}]\n", "10.0.0.0/8", "10.0.0.0/33",
          "spec.importV4[0].cidr"),
      filter("filter interface with a quote", "  exportV4: [{action: Reject, interface: %s}]\n",
          "\"eth*\"", "'eth\"*'", "spec.exportV4[0].interface"),
      filter("filter community of four parts", "  importV6: [{action: Accept, "
          + "communities: {values: [%s]}}]\n", "\"1:2\"", "\"1:2:3:4\"",
          "spec.importV6[0].communities.values[0]"),
      filter("filter match operator in lower case", "  exportV6: [{action: Accept, "
          + "cidr: \"fd00::/8\", matchOperator: %s}]\n", "NotIn", "notin",
          "spec.exportV6[0].matchOperator"),
      filter("filter action with a statement", "  importV4: [{action: %s}]\n",
          "Reject", "\"Accept; accept\"", "spec.importV4[0].action"),
      filter("filter operation with nothing to do",
          "  exportV4:\n  - action: Accept\n    operations:\n    - %s\n",
          "{prependASPath: {prefix: [65000]}}", "{}", "spec.exportV4[0].operations[0]"));

  private static Case config(String name, String spec, String good, String bad, String field) {
    return new Case(name, NODES + CONFIG + spec, good, bad, "BGPConfiguration/default: " + field,
        null);
  }

  private static Case peer(String name, String spec, String good, String bad, String field) {
    return new Case(name, NODES + CONFIG + TOR + spec, good, bad, "BGPPeer/tor: " + field, null);
  }

  private static Case filter(String name, String spec, String good, String bad, String field) {
    return new Case(name, NODES + CONFIG + FILTER + spec, good, bad, "BGPFilter/edge: " + field,
        null);
  }

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyRefusedValueIsLocatedAndNothingIsWritten() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> sweep(c)));
  }

  private void sweep(Case c) throws IOException {
    String slug = c.name().replaceAll("[^A-Za-z0-9]+", "-");
    Path good = write(slug + "-good.yaml", c.cluster(c.good()));
    Path bad = write(slug + "-bad.yaml", c.cluster(c.bad()));
    int line = lineOf(c.template().replace("$A", ""), c.marker() != null ? c.marker() : "%s");
    String expected = bad + ":" + line + ": " + c.located() + ": ";

    Path out = Files.createDirectory(dir.resolve(slug + "-out"));
    Path kept = Files.writeString(out.resolve("bird.cfg"), "# the last good file\n");
    Cli.Result goodRun = Cli.run("render", "--node", "a", "--stdout", good.toString());
    assertThat(goodRun.exitCode()).as("the good value renders: %s", goodRun.err()).isZero();

    Cli.Result render =
        Cli.run("render", "--node", "a", "--output-dir", out.toString(), bad.toString());
    assertThat(render.exitCode()).as("exit code; stderr:%n%s", render.err()).isEqualTo(1);
    assertThat(render.err().lines()).as("stderr").anyMatch(l -> l.startsWith(expected));
    assertThat(render.err()).doesNotContain("Exception", "at io.", "internal error");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(kept);
    }
    assertThat(Files.readString(kept)).isEqualTo("# the last good file\n");

    Cli.Result check = Cli.run("check", bad.toString());
    assertThat(check.exitCode()).as("check finds an error before render: %s", check.out())
        .isEqualTo(1);
    assertThat(check.out().lines()).as("an error finding naming the resource")
        .anyMatch(l -> l.startsWith("error") && l.contains(c.located().split(":")[0]));

    Cli.Result diff = Cli.run("diff", good.toString(), "--against", bad.toString());
    assertThat(diff.exitCode()).as("diff exit code; stderr:%n%s", diff.err()).isEqualTo(1);
    assertThat(diff.err().lines()).as("diff stderr").anyMatch(l -> l.startsWith(expected)
        && l.endsWith("(the new revision cannot be rendered for node a)"));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The 1-based line of the first line containing {@code text}. */
  private static int lineOf(String cluster, String text) {
    List<String> lines = cluster.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line holds " + text);
  }
}
