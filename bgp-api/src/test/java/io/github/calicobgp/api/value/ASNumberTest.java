package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ASNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // numorstring_test.go
    "0, 0",
    "4294967295, 4294967295",
    "1.10, 65546",
    "00.00, 0",
    "00.01, 1",
    "65535.65535, 4294967295",
    // more
    "64512, 64512",
    "0064512, 64512",
    "000000000000000000000000004294967295, 4294967295",
    "0.65535, 65535",
    "1.0, 65536",
  })
  void parsesPlainAndAsdot(String text, long value) {
    ASNumber as = ASNumber.parse(text);
    assertThat(as.value()).isEqualTo(value);
    assertThat(as).hasToString(Long.toString(value)).isEqualTo(ASNumber.of(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.1",
        "65536.65535",
        "65535.65536",
        "0.-1",
        "-1",
        "4294967296",
        "",
        "+1",
        " 1",
        "1 ",
        "1.",
        ".1",
        ".",
        "0x10",
        "1e3",
        "\uff11",
        "AS65000",
      })
  void rejects(String text) {
    assertThatThrownBy(() -> ASNumber.parse(text))
        .isInstanceOf(ValueFormatException.class)
        .hasMessage("invalid AS Number format (" + text + ")");
  }

  @Test
  void ofIsRangeChecked() {
    assertThat(ASNumber.of(0)).hasToString("0");
    assertThat(ASNumber.of(ASNumber.MAX_VALUE)).hasToString("4294967295");
    assertThatIllegalArgumentException().isThrownBy(() -> ASNumber.of(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> ASNumber.of(4294967296L));
  }

  @Test
  void ordersUnsigned() {
    List<ASNumber> sorted =
        Stream.of(4294967295L, 1L, 2147483648L, 64512L).map(ASNumber::of).sorted().toList();
    assertThat(sorted).map(ASNumber::value).containsExactly(1L, 64512L, 2147483648L, 4294967295L);
  }

  @Test
  void equality() {
    assertThat(ASNumber.parse("1.10")).isEqualTo(ASNumber.parse("65546")).hasSameHashCodeAs(ASNumber.of(65546));
    assertThat(ASNumber.of(1)).isNotEqualTo(ASNumber.of(2));
  }
}
