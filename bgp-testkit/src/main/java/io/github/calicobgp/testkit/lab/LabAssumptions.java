package io.github.calicobgp.testkit.lab;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** JUnit guards for tests that need a {@link BirdLab}. */
public final class LabAssumptions {

  /** The environment variable that turns a skipped lab test into a failure, as CI sets it. */
  public static final String REQUIRE_BIRD = "CALICO_BGP_REQUIRE_BIRD";

  private LabAssumptions() {}

  /**
   * Skips the calling test, with {@link BirdLab#unavailableReason()} as the reason, when a lab
   * cannot run here; fails it instead when {@code CALICO_BGP_REQUIRE_BIRD=1}.
   */
  public static void assumeLabAvailable() {
    assumeLabAvailable(BirdLab.unavailableReason(), System.getenv(REQUIRE_BIRD));
  }

  /** The rule of {@link #assumeLabAvailable()}, given the reason and the variable's value. */
  static void assumeLabAvailable(Optional<String> reason, @Nullable String requireBird) {
    if (reason.isPresent() && "1".equals(requireBird)) {
      Assertions.fail(REQUIRE_BIRD + "=1, but the BIRD lab cannot run: " + reason.get());
    }
    Assumptions.assumeTrue(reason.isEmpty(), () -> "BIRD lab unavailable: " + reason.orElseThrow());
  }
}
