package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code check} reports, before anyone renders, the value of every {@code bad-render/} file that
 * {@code render} refuses: as {@code VALUE_NOT_RENDERABLE} naming the same {@code Kind/name:
 * field} as render's refusal, or with the finding code listed here for the values that have one
 * of their own. A new bad-render file must be found by check.
 */
class CheckBeforeRenderTest {

  private static final Pattern EXPECT =
      Pattern.compile("# expect: line \\d+: ([^:]+: [^:]+): .*");

  /** Files whose value has a finding code of its own. */
  private static final Map<String, String> OWN_CODE = Map.of(
      "mesh-two-nodes-share-an-address.yaml", "DUPLICATE_NODE_ADDRESS",
      "node-as-number-zero.yaml", "AS_NUMBER_ZERO",
      "password-secret-not-utf8.yaml", "SECRET_VALUE_NOT_UTF8",
      "peer-huge-keepalive-time.yaml", "TIMER_OUT_OF_RANGE",
      "peer-negative-restart-time.yaml", "TIMER_OUT_OF_RANGE",
      "peer-ip-link-local.yaml", "PEER_ADDRESS_UNUSABLE",
      "peer-ip-unspecified-v4.yaml", "PEER_ADDRESS_UNUSABLE",
      "peer-ip-unspecified-v6.yaml", "PEER_ADDRESS_UNUSABLE",
      "peer-without-as-number.yaml", "PEER_AS_MISSING");

  @TestFactory
  Stream<DynamicTest> checkReportsWhatRenderWouldRefuse() throws IOException, URISyntaxException {
    Path dir = Path.of(CheckBeforeRenderTest.class.getResource("/bad-render").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    Cli.Result result = Cli.run("check", file.toString());
    assertThat(result.exitCode()).as("check exits 1 on an error: %s", result.out()).isEqualTo(1);
    List<String> lines = result.out().lines().toList();
    String code = OWN_CODE.get(name);
    if (code != null) {
      assertThat(lines).anyMatch(l -> l.startsWith("error") && l.contains(" " + code + " "));
      return;
    }
    Matcher expect = EXPECT.matcher(Files.readAllLines(file).get(0));
    assertThat(expect.matches()).as("the expectation of %s", name).isTrue();
    String located = expect.group(1);
    assertThat(lines).as("a VALUE_NOT_RENDERABLE finding naming %s", located)
        .anyMatch(l -> l.startsWith("error") && l.contains(" VALUE_NOT_RENDERABLE ")
            && l.contains(located + ": "));
  }

  @Test
  void aServiceAddressNoNodeAdvertisesIsNotReportedAsRenderAcceptsIt() throws Exception {
    Path file = Path.of(CheckBeforeRenderTest.class
        .getResource("/bad-render/service-cluster-ip-not-an-address.yaml").toURI());
    String text = Files.readString(file);
    // Without its EndpointSlice the Service has no ready endpoint: no node advertises it.
    String withoutEndpoints = text.substring(0, text.indexOf("---\napiVersion: discovery"));
    Cli.Result check = Cli.runWithStdin(withoutEndpoints, "check", "-");
    assertThat(check.out()).doesNotContain("VALUE_NOT_RENDERABLE");
    assertThat(Cli.runWithStdin(withoutEndpoints, "render", "--node", "a", "--stdout", "-")
        .exitCode()).isZero();
  }
}
