package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.bird.BirdParser;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.jspecify.annotations.Nullable;

/**
 * Skips jqwik properties when BIRD's parser is missing, except under {@code
 * CALICO_BGP_REQUIRE_BIRD=1}, where they run and {@link LabAssumptions#birdParser()} fails them.
 * A property cannot skip itself from inside a try; annotate it, or its class, with {@code
 * @AddLifecycleHook(SkipWithoutBirdParser.class)}.
 */
public final class SkipWithoutBirdParser implements SkipExecutionHook {

  /** The hook; jqwik makes one. */
  public SkipWithoutBirdParser() {}

  /** Skips, with the reason, when {@code bird} or {@code bird6} is missing and not required. */
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return decide(BirdParser.locate().isPresent(), System.getenv(LabAssumptions.REQUIRE_BIRD));
  }

  /** The rule, given whether the parser is there and the value of the variable. */
  static SkipResult decide(boolean parserPresent, @Nullable String requireBird) {
    return parserPresent || "1".equals(requireBird)
        ? SkipResult.doNotSkip()
        : SkipResult.skip(LabAssumptions.NO_PARSER);
  }
}
