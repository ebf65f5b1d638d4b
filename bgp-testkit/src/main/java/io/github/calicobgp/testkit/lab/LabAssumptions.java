package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.bird.BirdParser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** JUnit guards for tests that need a {@link BirdLab} or BIRD's parser. */
public final class LabAssumptions {

  /** The environment variable that turns a skipped lab test into a failure, as CI sets it. */
  public static final String REQUIRE_BIRD = "CALICO_BGP_REQUIRE_BIRD";

  /** Why {@link #birdParser()} skips. */
  static final String NO_PARSER =
      "bird and bird6 (BIRD 1.6, Debian package 'bird') are not installed";

  private LabAssumptions() {}

  /**
   * Skips the calling test, with {@link BirdLab#unavailableReason()} as the reason, when a lab
   * cannot run here; fails it instead when {@code CALICO_BGP_REQUIRE_BIRD=1}.
   */
  public static void assumeLabAvailable() {
    assumeLabAvailable(BirdLab.unavailableReason(), System.getenv(REQUIRE_BIRD));
  }

  /**
   * BIRD's configuration parser ({@code bird -p}, {@code bird6 -p}); skips the calling test when
   * {@code bird} or {@code bird6} is missing, or fails it when {@code CALICO_BGP_REQUIRE_BIRD=1}.
   * Unlike a lab, it needs neither root nor Linux namespaces.
   *
   * @return the parser
   */
  public static BirdParser birdParser() {
    Optional<BirdParser> parser = BirdParser.locate();
    assume("BIRD parser", parser.isPresent() ? Optional.empty() : Optional.of(NO_PARSER),
        System.getenv(REQUIRE_BIRD));
    return parser.orElseThrow();
  }

  /** The rule of {@link #assumeLabAvailable()}, given the reason and the variable's value. */
  static void assumeLabAvailable(Optional<String> reason, @Nullable String requireBird) {
    assume("BIRD lab", reason, requireBird);
  }

  /** Skips or fails, when {@code reason} says why {@code what} cannot run. */
  private static void assume(String what, Optional<String> reason, @Nullable String requireBird) {
    if (reason.isPresent() && "1".equals(requireBird)) {
      Assertions.fail(REQUIRE_BIRD + "=1, but the " + what + " cannot run: " + reason.get());
    }
    Assumptions.assumeTrue(reason.isEmpty(), () -> what + " unavailable: " + reason.orElseThrow());
  }
}
