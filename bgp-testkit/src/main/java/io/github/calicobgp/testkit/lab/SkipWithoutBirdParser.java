package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.bird.BirdParser;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

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
    return BirdParser.locate().isPresent()
            || "1".equals(System.getenv(LabAssumptions.REQUIRE_BIRD))
        ? SkipResult.doNotSkip()
        : SkipResult.skip(LabAssumptions.NO_PARSER);
  }
}
