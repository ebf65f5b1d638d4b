package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BGPCommunityTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "100:200",
        "0:0",
        "65535:65535",
        "0100:200",
        "000000000000000000001:1",
        "1:2:3",
        "0:0:0",
        "4294967295:4294967295:4294967295",
        "0065535:4294967295:01",
      })
  void parsesTheBGPConfigurationGrammar(String text) {
    BGPCommunity community = BGPCommunity.parse(text);
    assertThat(community).hasToString(text);
    assertThat(String.join(":", community.parts())).isEqualTo(text);
    assertThat(community.isLarge()).isEqualTo(community.parts().size() == 3);
    assertThat(BGPCommunity.looksLikeCommunity(text)).isTrue();
  }

  @Test
  void partsAreVerbatimAndImmutable() {
    BGPCommunity community = BGPCommunity.parse("0100:200");
    assertThat(community.parts()).containsExactly("0100", "200");
    assertThat(community.isLarge()).isFalse();
    assertThat(BGPCommunity.parse("1:02:3").parts()).containsExactly("1", "02", "3");
    assertThat(BGPCommunity.parse("1:02:3").isLarge()).isTrue();
    assertThatThrownBy(() -> community.parts().add("1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "65536:1 | invalid community value, expected 16 bit value",
        "1:65536 | invalid community value, expected 16 bit value",
        "99999999999999999999:1 | invalid community value, expected 16 bit value",
        "4294967296:1:1 | invalid community value, expected 32 bit value",
        "1:1:4294967296 | invalid community value, expected 32 bit value",
        "1 | invalid community value or format used.",
        "1:2:3:4 | invalid community value or format used.",
        "a:b | invalid community value or format used.",
        "'' | invalid community value or format used.",
        "-1:2 | invalid community value or format used.",
        "' 1:2' | invalid community value or format used.",
        "1:2: | invalid community value or format used.",
        "my-community | invalid community value or format used.",
        "\uff11:2 | invalid community value or format used.",
      })
  void rejectsWithCalicoReasons(String text, String reason) {
    assertThatThrownBy(() -> BGPCommunity.parse(text))
        .isInstanceOfSatisfying(
            ValueFormatException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.input()).isEqualTo(text);
              assertThat(e)
                  .hasMessage("invalid BGP community " + DisplayText.quote(text) + ": " + reason);
            });
  }

  @Test
  void trailingNewlineIsNotACommunity() {
    assertThat(BGPCommunity.looksLikeCommunity("1:2\n")).isFalse();
    assertThatThrownBy(() -> BGPCommunity.parse("1:2\n")).isInstanceOf(ValueFormatException.class);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "65536:1, true",
    "100:200:300, true",
    "0100:200, true",
    "my-community, false",
    "1, false",
    "1:2:3:4, false",
    "1:a, false",
    "'', false",
  })
  void looksLikeCommunityIgnoresRanges(String text, boolean expected) {
    assertThat(BGPCommunity.looksLikeCommunity(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "100:200, true",
    "0:0, true",
    "65535:65535, true",
    "65536:1, false",
    "1:65536, false",
    "01:02, false",
    "0100:200, false",
    "00:1, false",
    "0:01, false",
    "1:2:3, true",
    "0:0:0, true",
    "4294967295:4294967295:4294967295, true",
    "4294967296:1:1, false",
    "1:1:04294967295, false",
    "1:, false",
    ":1, false",
    "1:2:3:4, false",
    "'', false",
    "+1:2, false",
    "'1:2\n', false",
    "\uff11:2, false",
  })
  void strictFilterValue(String text, boolean expected) {
    assertThat(BGPCommunity.isStrictFilterValue(text)).isEqualTo(expected);
  }

  @Test
  void equalityIsOnTheWrittenText() {
    assertThat(BGPCommunity.parse("100:200"))
        .isEqualTo(BGPCommunity.parse("100:200"))
        .hasSameHashCodeAs(BGPCommunity.parse("100:200"))
        .isNotEqualTo(BGPCommunity.parse("0100:200"));
  }
}
