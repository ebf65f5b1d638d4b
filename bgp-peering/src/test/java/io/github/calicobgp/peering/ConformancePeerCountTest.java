package io.github.calicobgp.peering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.value.IPFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jspecify.annotations.Nullable;

/**
 * Plans the node of every case of Calico's confd conformance corpus and compares its peers with
 * the {@code protocol bgp} stanzas of the expected {@code bird.cfg} and {@code bird6.cfg}: their
 * number (or the case's {@code expectPeerCount}) and their names, in order. The corpus is read
 * from where it lives ({@code conformance.dir}, else a {@code shared/conformance} folder next to
 * an ancestor of the working directory), never copied into the project.
 */
class ConformancePeerCountTest {

  private static final Pattern PROTOCOL = Pattern.compile("protocol bgp (\\S+) from");

  @TestFactory
  Stream<DynamicTest> peersMatchTheExpectedBirdConfigurations() throws IOException {
    Path cases = conformanceDir();
    assumeTrue(cases != null, "the conformance corpus (shared/conformance) is not reachable");
    Path root = cases.resolve("calico-confd/cases");
    List<Path> dirs;
    try (Stream<Path> list = Files.list(root)) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    }
    return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
        () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    List<String> caseLines = Files.readAllLines(dir.resolve("case.yaml"));
    String node = scalar(caseLines, "node");
    String routerId = scalar(caseLines, "routerId");
    String expectedCount = scalar(caseLines, "expectPeerCount");
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(dir.resolve("input.yaml")));
    PeeringOptions options = PeeringOptions.defaults()
        .withRouterId(RouterIdSource.parse(routerId == null ? "" : routerId));
    NodePlan plan = new PeeringEngine(options).plan(snapshot, node);

    if (expectedCount != null) {
      assertThat(plan.ipv4().peers()).as("IPv4 peers").hasSize(Integer.parseInt(expectedCount));
      return;
    }
    compare(plan, IPFamily.V4, dir.resolve("expected/bird.cfg"));
    compare(plan, IPFamily.V6, dir.resolve("expected/bird6.cfg"));
  }

  private static void compare(NodePlan plan, IPFamily family, Path expected) throws IOException {
    if (!Files.exists(expected)) {
      return;
    }
    String text = Files.readString(expected);
    List<String> names = new ArrayList<>();
    Matcher m = PROTOCOL.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    assertThat(countOf(text, "protocol bgp")).as("protocol bgp in %s", expected.getFileName())
        .isEqualTo(names.size());
    assertThat(plan.family(family).peers()).extracting(Peer::name)
        .as("%s peers of %s", family, plan.nodeName()).containsExactlyElementsOf(names);
  }

  private static int countOf(String text, String what) {
    int count = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      count++;
    }
    return count;
  }

  /** A top-level {@code key: value} of case.yaml, unquoted, as the corpus runner reads it. */
  private static @Nullable String scalar(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        String value = line.substring(key.length() + 1).trim();
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        return value;
      }
    }
    return null;
  }

  private static @Nullable Path conformanceDir() {
    String property = System.getProperty("conformance.dir");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/conformance");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
