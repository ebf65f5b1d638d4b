package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/** Assertions about a node's six BIRD files, mainly its {@code protocol bgp} blocks. */
public final class BirdConfigAssert extends AbstractAssert<BirdConfigAssert, BirdConfig> {

  /**
   * Assertions about {@code actual}; start from {@link CalicoBgpAssertions#assertThat(BirdConfig)}.
   *
   * @param actual the files to check
   */
  public BirdConfigAssert(BirdConfig actual) {
    super(actual, BirdConfigAssert.class);
  }

  /**
   * Checks that {@code bird.cfg} or {@code bird6.cfg} defines the BGP protocol {@code name}, and
   * returns assertions about it.
   *
   * @param name the protocol's name, e.g. {@code Mesh_10_99_0_12}
   * @return assertions about that protocol
   */
  public BirdProtocolAssert hasBgpProtocol(String name) {
    isNotNull();
    Optional<BirdProtocol> protocol =
        protocols().stream().filter(p -> p.name().equals(name)).findFirst();
    if (protocol.isEmpty()) {
      failWithMessage("Expecting a BGP protocol %s in bird.cfg or bird6.cfg, but they define %s",
          name, names());
    }
    return new BirdProtocolAssert(protocol.orElseThrow());
  }

  /**
   * Checks that neither {@code bird.cfg} nor {@code bird6.cfg} defines the BGP protocol {@code
   * name}.
   *
   * @param name the protocol's name
   * @return these assertions, for chaining
   */
  public BirdConfigAssert hasNoBgpProtocol(String name) {
    isNotNull();
    if (names().contains(name)) {
      failWithMessage("Expecting no BGP protocol %s, but there is one; the BGP protocols are %s",
          name, names());
    }
    return this;
  }

  /**
   * Checks that the BGP protocols of both files have exactly these names, in any order.
   *
   * @param names the expected protocol names
   * @return these assertions, for chaining
   */
  public BirdConfigAssert hasExactlyBgpProtocols(String... names) {
    isNotNull();
    Set<String> expected = new TreeSet<>(List.of(names));
    Set<String> actualNames = new TreeSet<>(names());
    if (!actualNames.equals(expected)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(actualNames);
      Set<String> extra = new TreeSet<>(actualNames);
      extra.removeAll(expected);
      failWithMessage("Expecting exactly the BGP protocols %s, but %s are missing and %s are not"
          + " expected", expected, missing, extra);
    }
    return this;
  }

  /**
   * Checks that the real BIRD parses the files ({@code bird -p}, {@code bird6 -p}).
   *
   * @param parser the BIRD parser to run
   * @return these assertions, for chaining
   */
  public BirdConfigAssert isAcceptedBy(BirdParser parser) {
    isNotNull();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("bird-config-assert");
      actual.writeTo(dir);
      Optional<String> error = parser.check(dir);
      if (error.isPresent()) {
        failWithMessage("Expecting BIRD to accept the files, but it says:%n  %s", error.get());
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private List<BirdProtocol> protocols() {
    List<BirdProtocol> all = new ArrayList<>();
    all.addAll(BirdProtocol.parseAll(actual.file("bird.cfg"), IPFamily.V4));
    all.addAll(BirdProtocol.parseAll(actual.file("bird6.cfg"), IPFamily.V6));
    return all;
  }

  private List<String> names() {
    return protocols().stream().map(BirdProtocol::name).toList();
  }

  private static void delete(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
