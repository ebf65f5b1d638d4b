package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  @ParameterizedTest(name = "{0} -> {1} ns -> {2}")
  @CsvSource({
    "0, 0, 0s",
    "+0, 0, 0s",
    "-0, 0, 0s",
    "0s, 0, 0s",
    "10s, 10000000000, 10s",
    "120s, 120000000000, 2m0s",
    "200s, 200000000000, 3m20s",
    "1m30s, 90000000000, 1m30s",
    "1h, 3600000000000, 1h0m0s",
    "1.5h, 5400000000000, 1h30m0s",
    "-1.5h, -5400000000000, -1h30m0s",
    "0.1h, 360000000000, 6m0s",
    "300ms, 300000000, 300ms",
    "1500ms, 1500000000, 1.5s",
    ".5s, 500000000, 500ms",
    "1.s, 1000000000, 1s",
    "+5s, 5000000000, 5s",
    "1ns, 1, 1ns",
    "999ns, 999, 999ns",
    "1.5us, 1500, 1.5\u00b5s",
    "1\u00b5s, 1000, 1\u00b5s",
    "1\u03bcs, 1000, 1\u00b5s",
    "1.000001ms, 1000001, 1.000001ms",
    "1h2m3s4ms5us6ns, 3723004005006, 1h2m3.004005006s",
    "2h45m, 9900000000000, 2h45m0s",
    "1.9999999999s, 1999999999, 1.999999999s",
    "1.0000000000000000000000001s, 1000000000, 1s",
    "9223372036854775807ns, 9223372036854775807, 2562047h47m16.854775807s",
    "-9223372036854775808ns, -9223372036854775808, -2562047h47m16.854775808s",
    "2562047h47m16.854775807s, 9223372036854775807, 2562047h47m16.854775807s",
    "0.9223372036854775808s, 922337203, 922.337203ms",
  })
  void parsesAndPrintsLikeGo(String text, long nanos, String printed) {
    GoDuration d = GoDuration.parse(text);
    assertThat(d.toNanos()).isEqualTo(nanos);
    assertThat(d).hasToString(printed).isEqualTo(GoDuration.ofNanos(nanos));
    assertThat(GoDuration.parse(printed)).isEqualTo(d);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "+",
        "1",
        "00",
        "-1",
        "1.5",
        ".s",
        "-.s",
        "1x",
        "1S",
        "1sec",
        "1s ",
        " 1s",
        "1h-1m",
        "1ms2",
        "s",
        "1..5s",
        "9223372036854775808ns",
        "2562048h",
        "9223372036854775807ns1ns",
        "-9223372036854775809ns",
        "99999999999999999999ns",
        "3000000h",
      })
  void rejectsWhatGoRejects(String text) {
    assertThatThrownBy(() -> GoDuration.parse(text))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageStartingWith("invalid duration ");
  }

  @Test
  void errorMessages() {
    assertThatThrownBy(() -> GoDuration.parse("1")).hasMessage("invalid duration \"1\": missing unit");
    assertThatThrownBy(() -> GoDuration.parse("1x"))
        .hasMessage("invalid duration \"1x\": unknown unit \"x\"");
    assertThatThrownBy(() -> GoDuration.parse("9223372036854775808ns"))
        .hasMessage("invalid duration \"9223372036854775808ns\": out of range");
  }

  @Test
  void sumPastTwoToThe64WrapsAroundAsInGo() {
    // Go's ParseDuration adds the terms in uint64 and only checks "> 2^63", so 2^63 + 2^63 = 0.
    assertThat(GoDuration.parse("9223372036854775808ns9223372036854775808ns").toNanos()).isZero();
  }

  @ParameterizedTest(name = "{0} -> {1} s")
  @CsvSource({
    "10s, 10",
    "1500ms, 2",
    "400ms, 0",
    "2m, 120",
    "500ms, 1",
    "499ms, 0",
    "2.5s, 3",
    "0, 0",
    "-400ms, 0",
    "-500ms, -1",
    "-1500ms, -2",
    "1h, 3600",
    // float64 rounding in confd: 9000000000.499999999 s becomes 9000000000.5 s and rounds up
    "9000000000499999999ns, 9000000001",
    "-9223372036854775808ns, -9223372037",
  })
  void wholeSecondsRoundHalfAwayFromZeroLikeConfd(String text, long seconds) {
    assertThat(GoDuration.parse(text).toWholeSecondsRounded()).isEqualTo(seconds);
  }

  @Test
  void ordersBySignedLength() {
    assertThat(GoDuration.parse("-1s")).isLessThan(GoDuration.parse("0"));
    assertThat(GoDuration.parse("1m")).isGreaterThan(GoDuration.parse("59s"));
    assertThat(GoDuration.parse("60s")).isEqualByComparingTo(GoDuration.parse("1m"));
    assertThat(GoDuration.parse("60s")).hasSameHashCodeAs(GoDuration.parse("1m"));
  }
}
