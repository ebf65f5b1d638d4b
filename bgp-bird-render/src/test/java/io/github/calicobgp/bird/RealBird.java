package io.github.calicobgp.bird;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Assumptions;

/**
 * The real BIRD 1.6 parser for tests: they skip, with the reason, when {@code bird} is not
 * installed, and fail instead when {@code CALICO_BGP_REQUIRE_BIRD=1} (as in CI).
 */
final class RealBird {

  private static final String REQUIRE = "CALICO_BGP_REQUIRE_BIRD";
  private static final String MISSING =
      "bird and bird6 (BIRD 1.6, Debian package 'bird') are not installed";

  private RealBird() {}

  /** The parser; otherwise aborts the test, or fails it when BIRD is required. */
  static BirdParser parser() {
    Optional<BirdParser> parser = BirdParser.locate();
    if (parser.isPresent()) {
      return parser.get();
    }
    if (required()) {
      throw new AssertionError(MISSING + ", and " + REQUIRE + "=1 requires them");
    }
    Assumptions.abort(MISSING + "; skipping the check with the real BIRD parser");
    throw new AssertionError("unreachable");
  }

  private static boolean required() {
    return "1".equals(System.getenv(REQUIRE));
  }

  /** Skips a jqwik property when BIRD is missing and not required. */
  static final class Hook implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return BirdParser.locate().isPresent() || required()
          ? SkipResult.doNotSkip()
          : SkipResult.skip(MISSING);
    }
  }
}
