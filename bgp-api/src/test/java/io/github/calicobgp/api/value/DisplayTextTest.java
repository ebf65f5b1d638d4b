package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

  @Test
  void quotesAndEscapesControlsAndLoneSurrogates() {
    assertThat(DisplayText.quote("a\"\\\n\r\t\u0000\u007f😀\ud800"))
        .isEqualTo("\"a\\\"\\\\\\n\\r\\t\\u0000\\u007f😀\\ud800\"");
  }

  @Test
  void leavesPlainTextAsItIs() {
    assertThat(DisplayText.quote("10.0.0.1/24")).isEqualTo("\"10.0.0.1/24\"");
  }
}
