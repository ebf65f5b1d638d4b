package io.github.calicobgp.testkit.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class LabAssumptionsTest {

  @Test
  void aLabThatCanRunLetsTheTestGoOn() {
    assertThatCode(() -> LabAssumptions.assumeLabAvailable(Optional.empty(), "1"))
        .doesNotThrowAnyException();
  }

  @Test
  void aLabThatCannotRunSkipsTheTestWithTheReason() {
    assertThatThrownBy(() -> LabAssumptions.assumeLabAvailable(Optional.of("not root"), null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("BIRD lab unavailable: not root");
  }

  @Test
  void propertiesNeedingTheParserAreSkippedWithoutItUnlessBirdIsRequired() {
    assertThat(SkipWithoutBirdParser.decide(true, null).isSkipped()).isFalse();
    assertThat(SkipWithoutBirdParser.decide(false, "1").isSkipped()).isFalse();
    assertThat(SkipWithoutBirdParser.decide(false, null).reason())
        .contains("bird and bird6 (BIRD 1.6, Debian package 'bird') are not installed");
  }

  @Test
  void aLabThatCannotRunFailsTheTestWhenBirdIsRequired() {
    assertThatThrownBy(() -> LabAssumptions.assumeLabAvailable(Optional.of("not root"), "1"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CALICO_BGP_REQUIRE_BIRD=1")
        .hasMessageContaining("not root");
  }
}
