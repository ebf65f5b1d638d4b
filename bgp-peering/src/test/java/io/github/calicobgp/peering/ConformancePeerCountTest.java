package io.github.calicobgp.peering;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.conformance.ConfdCase;
import io.github.calicobgp.api.conformance.ConformanceCorpus;
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

/**
 * Plans the node of every case of Calico's confd conformance corpus and compares its peers with
 * the {@code protocol bgp} stanzas of the expected {@code bird.cfg} and {@code bird6.cfg}: their
 * number (or the case's {@code expectPeerCount}) and their names, in order. The corpus is read
 * from where it lives ({@link ConformanceCorpus}), never copied into the project.
 */
class ConformancePeerCountTest {

  private static final Pattern PROTOCOL = Pattern.compile("protocol bgp (\\S+) from");

  @TestFactory
  Stream<DynamicTest> peersMatchTheExpectedBirdConfigurations() {
    return ConformanceCorpus.confdCases().stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
  }

  private static void check(ConfdCase c) throws IOException {
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(c.input()));
    PeeringOptions options = PeeringOptions.defaults()
        .withRouterId(RouterIdSource.parse(c.routerId() == null ? "" : c.routerId()));
    NodePlan plan = new PeeringEngine(options).plan(snapshot, c.node());

    if (c.expectPeerCount() != null) {
      assertThat(plan.ipv4().peers()).as("IPv4 peers").hasSize(c.expectPeerCount());
      return;
    }
    compare(plan, IPFamily.V4, c.expected("bird.cfg"));
    compare(plan, IPFamily.V6, c.expected("bird6.cfg"));
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
}
