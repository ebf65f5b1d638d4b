package io.github.calicobgp.bird;

import static io.github.calicobgp.bird.TestPlans.filter;
import static io.github.calicobgp.bird.TestPlans.mesh;
import static io.github.calicobgp.bird.TestPlans.reachable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.peering.FilterRef;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Password;
import io.github.calicobgp.peering.Peer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;
import org.jspecify.annotations.Nullable;

/**
 * Hostile strings either render into files that the real BIRD parses with the string intact, or
 * are rejected with an error naming the field. Strings are built from pieces that break BIRD
 * text: quotes, braces, semicolons, line breaks, backslashes, comment markers, NUL, lone
 * surrogates and whole statements.
 */
@AddLifecycleHook(RealBird.Hook.class)
class InjectionProperties {

  private static final List<String> PIECES =
      List.of(
          "a", "Z", "7", "_", "-", ".", "*", ":", "/", "\"", "'", "{", "}", ";", "(", ")", "\n",
          "\r", "\t", " ", "\\", "#", "/*", "*/", "\u0000", "é", "€", "😀", "\ud800", "\udc00",
          "include \"x\";", "}; protocol bgp x from bgp_template { neighbor 1.2.3.4 as 1; }");

  private final BirdRenderer renderer = new BirdRenderer();

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> nameLike() {
    Arbitrary<String> dns = Arbitraries.strings().withChars("abcxyz0189.-").ofMinLength(1)
        .ofMaxLength(80);
    return Arbitraries.oneOf(dns, hostile());
  }

  @Property(tries = 200)
  void passwords(@ForAll("hostile") String password) throws IOException {
    Function<String, NodePlan> plan =
        pw -> {
          TestPlans.Node node = TestPlans.node();
          node.v4
              .address("10.0.0.2/24")
              .peers(mesh("10.0.0.3", 64512, 64512, "10.0.0.2").password(Password.of(pw)).build());
          return node.build();
        };
    BirdConfig config = renderOrCheckRejection(plan.apply(password), "password");
    if (config == null) {
      assertThat(password).matches(s -> !representable(s), "has a character BIRD cannot hold");
      return;
    }
    assertThat(password).matches(InjectionProperties::representable);
    String bird = config.file("bird.cfg");
    if (password.isEmpty()) {
      assertThat(bird).doesNotContain("password");
    } else {
      assertThat(birdString(bird, "\n  password \"")).isEqualTo(password);
      String reference = renderer.render(plan.apply("PLACEHOLDER")).file("bird.cfg");
      assertThat(bird).isEqualTo(reference.replace("PLACEHOLDER", password));
    }
    assertBirdAccepts(config);
  }

  @Property(tries = 150)
  void ignoredInterfaces(@ForAll("hostile") String pattern) throws IOException {
    TestPlans.Node node = TestPlans.node().ignoredInterfaces("eth0", pattern);
    node.v4.address("10.0.0.2/24");
    BirdConfig config = renderOrCheckRejection(node.build(), "ignoredInterfaces[1]");
    if (config != null) {
      assertThat(birdString(config.file("bird.cfg"), "interface -\"eth0\", -\""))
          .isEqualTo(pattern);
      assertBirdAccepts(config);
    }
  }

  @Property(tries = 150)
  void filterInterfaces(@ForAll("hostile") String pattern) throws IOException {
    BGPFilterRule rule = BGPFilterRule.builder().interfaceName(pattern).action("Accept").build();
    TestPlans.Node node =
        TestPlans.node().filters(filter("f", List.of(rule), List.of(), List.of(), List.of()));
    node.v4.address("10.0.0.2/24");
    BirdConfig config = renderOrCheckRejection(node.build(), "spec.importV4[0].interface");
    if (config != null) {
      if (!pattern.isEmpty()) {
        assertThat(birdString(config.file("bird.cfg"), "(ifname ~ \"")).isEqualTo(pattern);
      }
      assertBirdAccepts(config);
    }
  }

  @Property(tries = 150)
  void filterNames(@ForAll("nameLike") String name) throws IOException {
    BGPFilterRule rule = BGPFilterRule.builder().action("Accept").build();
    TestPlans.Node node =
        TestPlans.node().filters(filter(name, List.of(rule), List.of(), List.of(), List.of()));
    node.v4
        .address("10.0.0.2/24")
        .peers(
            mesh("10.0.0.3", 64512, 64512, "10.0.0.2")
                .importFilters(List.of(new FilterRef(name, false)))
                .build());
    BirdConfig config = renderOrCheckRejection(node.build(), "metadata.name");
    if (config != null) {
      assertThat(config.file("bird.cfg")).contains("\n# v4 BGPFilter " + name + "\n");
      assertBirdAccepts(config);
    }
  }

  @Property(tries = 150)
  void protocolNames(@ForAll("nameLike") String name) throws IOException {
    Peer peer = Peer.builder().name(name).kind(io.github.calicobgp.peering.PeerKind.NODE)
        .address(TestPlans.ip("10.0.0.3")).remoteAS(TestPlans.as(1)).localAS(TestPlans.as(2))
        .build();
    TestPlans.Node node = TestPlans.node();
    node.v4.address("10.0.0.2/24").peers(peer);
    BirdConfig config = renderOrCheckRejection(node.build(), "name");
    if (config != null) {
      assertThat(config.file("bird.cfg"))
          .contains("\nprotocol bgp " + name + " from bgp_template {");
      assertBirdAccepts(config);
    }
  }

  /** Values printed as written elsewhere: each is either rejected or accepted by BIRD verbatim. */
  @Property(tries = 150)
  void otherVerbatimValues(@ForAll("hostile") String suffix, @ForAll int field)
      throws IOException {
    String[] bases = {"10.9.0.0/16", "10.0.0.1", "65000:1", "10.0.0.9", "1.2.3.4"};
    int which = Math.floorMod(field, bases.length);
    String value = bases[which] + suffix;
    TestPlans.Node node = TestPlans.node();
    node.v4.address("10.0.0.2/24");
    String expectedField;
    switch (which) {
      case 0 -> {
        node.v4.staticRoutes(value);
        expectedField = "ipv4.staticRoutes[0]";
      }
      case 1 -> {
        node.v4.globalPeerRoutes(reachable("10.0.0.7", value));
        expectedField = "ipv4.globalPeerRoutes[0].via";
      }
      case 2 -> {
        node.v4.community("10.9.0.0/16", value);
        expectedField = "ipv4.communities[0].communities[0]";
      }
      case 3 -> {
        node.v4.peers(
            mesh("10.0.0.3", 64512, 64512, "10.0.0.2").routeReflectorClusterId(value).build());
        expectedField = "routeReflectorClusterId";
      }
      default -> {
        node.routerId(value);
        expectedField = "routerId";
      }
    }
    BirdConfig config = renderOrCheckRejection(node.build(), expectedField);
    if (config != null) {
      String all = String.join("", config.files().values());
      if (which != 2) { // communities are printed as (A, B) or dropped, not as written
        assertThat(all).contains(value);
      }
      assertBirdAccepts(config);
    }
  }

  /**
   * The rendering, or null after checking that the rejection names {@code field}; each property
   * must see both outcomes.
   */
  private @Nullable BirdConfig renderOrCheckRejection(NodePlan plan, String field) {
    StatisticsCollector outcomes = Statistics.label("outcome");
    outcomes.coverage(
        coverage -> {
          coverage.check("accepted").count(n -> n > 0);
          coverage.check("rejected").count(n -> n > 0);
        });
    try {
      BirdConfig config = renderer.render(plan);
      outcomes.collect("accepted");
      return config;
    } catch (UnsafeConfigValueException e) {
      outcomes.collect("rejected");
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).startsWith(e.subject() + ": " + field + ": ");
      return null;
    }
  }

  private static void assertBirdAccepts(BirdConfig config) throws IOException {
    Path dir = Files.createTempDirectory("bird-injection");
    try {
      config.writeTo(dir);
      assertThat(RealBird.parser().check(dir)).isEmpty();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(InjectionProperties::delete);
      }
    }
  }

  /**
   * The string after {@code opening} as BIRD 1.6 lexes it ({@code ["][^"\n]*["]}): up to the next
   * double quote, which must come before any line feed.
   */
  private static String birdString(String text, String opening) {
    int start = text.indexOf(opening);
    assertThat(start).as("opening %s present", opening).isNotNegative();
    start += opening.length();
    int end = text.indexOf('"', start);
    assertThat(text.substring(start, end)).doesNotContain("\n");
    return text.substring(start, end);
  }

  private static boolean representable(String password) {
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (c == '"' || c == '\n' || c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < password.length()
          && Character.isLowSurrogate(password.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
