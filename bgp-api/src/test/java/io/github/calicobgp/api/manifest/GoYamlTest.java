package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-yaml v2's scalar resolution and Go's float formatting, case by case. */
class GoYamlTest {

  private static final SourceLocation AT = new SourceLocation("t", 1, 1);

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      emptyValue = "",
      value = {
        "yes | BOOL | true", "Yes | BOOL | true", "YES | BOOL | true", "y | BOOL | true",
        "Y | BOOL | true", "on | BOOL | true", "On | BOOL | true", "ON | BOOL | true",
        "true | BOOL | true", "True | BOOL | true", "TRUE | BOOL | true",
        "no | BOOL | false", "n | BOOL | false", "N | BOOL | false", "off | BOOL | false",
        "OFF | BOOL | false", "false | BOOL | false", "FALSE | BOOL | false",
        "yES | STRING | yES", "tRue | STRING | tRue", "oN | STRING | oN",
        "~ | NULL |", "null | NULL |", "Null | NULL |", "NULL | NULL |", "\"\" | NULL |",
        "nULL | STRING | nULL",
        "0 | INT | 0", "-0 | INT | 0", "+5 | INT | 5", "-17 | INT | -17", "1_000 | INT | 1000",
        "0x1F | INT | 31", "0X1f | INT | 31", "-0x10 | INT | -16", "017 | INT | 15",
        "0o17 | INT | 15", "0b101 | INT | 5", "-0b101 | INT | -5", "00 | INT | 0",
        "9223372036854775807 | INT | 9223372036854775807",
        "18446744073709551615 | INT | 18446744073709551615",
        "-9223372036854775808 | INT | -9223372036854775808",
        "08 | FLOAT | 8.0", "-09 | FLOAT | -9.0", "1.10 | FLOAT | 1.1", "1. | FLOAT | 1.0",
        ".5 | FLOAT | 0.5", "-.5 | FLOAT | -0.5", "1e3 | FLOAT | 1000.0", "1E+3 | FLOAT | 1000.0",
        "1_0.5 | FLOAT | 10.5", "18446744073709551616 | FLOAT | 1.8446744073709552E19",
        "+18446744073709551615 | FLOAT | 1.8446744073709552E19",
        ".inf | FLOAT | Infinity", "+.Inf | FLOAT | Infinity", "-.INF | FLOAT | -Infinity",
        ".nan | FLOAT | NaN", ".NaN | FLOAT | NaN",
        "5663:12 | STRING | 5663:12", "1:20:30 | STRING | 1:20:30", "_1 | STRING | _1",
        "0x | STRING | 0x", "0b | STRING | 0b", "0x1G | STRING | 0x1G", "1e400 | STRING | 1e400",
        ".e5 | STRING | .e5", "._5 | STRING | ._5", "0xFFFFFFFFFFFFFFFFF | STRING | 0xFFFFFFFFFFFFFFFFF",
        "2001-12-14 | STRING | 2001-12-14", "1.2.3 | STRING | 1.2.3", "- | STRING | -",
        "+ | STRING | +", "<< | STRING | <<", "١٢ | STRING | ١٢", "10.0.0.1 | STRING | 10.0.0.1",
        ".inF | STRING | .inF"
      })
  void resolvesPlainScalars(String text, Kind kind, String value) {
    Scalar s = GoYaml.plain(text, AT);
    assertThat(s.kind()).isEqualTo(kind);
    switch (kind) {
      case BOOL:
        assertThat(s.value()).isEqualTo(Boolean.valueOf(value));
        break;
      case INT:
        assertThat(s.value()).isEqualTo(new BigInteger(value));
        break;
      case FLOAT:
        assertThat(s.value()).isEqualTo(Double.valueOf(value));
        break;
      case NULL:
        assertThat(s.value()).isNull();
        break;
      default:
        assertThat(s.value()).isEqualTo(value);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1.1, 1.1", "1.0, 1", "-2.5, -2.5", "100000, 100000", "1000000, 1e+06",
    "1234567, 1.234567e+06", "123456789, 1.23456789e+08", "0.0001, 0.0001", "0.00001, 1e-05",
    "0.000015, 1.5e-05", "1e21, 1e+21", "1e100, 1e+100", "0.30000000000000004, 0.30000000000000004",
    "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "0.0, 0", "-0.0, -0",
    "Infinity, +Inf", "-Infinity, -Inf", "NaN, NaN", "123456.7, 123456.7", "12.34, 12.34"
  })
  void formatsFloatsLikeGo(double d, String expected) {
    assertThat(GoYaml.formatFloat(d)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" plain: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      emptyValue = "",
      value = {
        "plain | true", "a b | true", "10.0.0.1 | true", "a:b | true", "\"\" | false",
        "yes | false", "0x10 | false", "1.10 | false", "~ | false", "<< | false",
        "5663:12 | false", "2001-12-14 | false", "2001-12-14T10:00:00Z | false"
      })
  void decidesWhichStringsMayBePlain(String text, boolean plain) {
    assertThat(GoYaml.plainIsString(text)).isEqualTo(plain);
  }

  @ParameterizedTest(name = "!!{0} {1}")
  @CsvSource({
    "str, 12, STRING", "int, 12, INT", "float, 12, FLOAT", "bool, on, BOOL", "null, '', NULL",
    "timestamp, 2001-12-14, STRING", "binary, aGk=, STRING"
  })
  void resolvesTaggedScalars(String tag, String text, Kind kind) {
    assertThat(GoYaml.tagged(GoYaml.TAG_PREFIX + tag, text, AT).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "!!{0} {1}")
  @CsvSource({"int, abc", "bool, 1", "float, yes", "null, x", "binary, ***"})
  void rejectsTaggedScalarsThatDoNotFit(String tag, String text) {
    assertThatThrownBy(() -> GoYaml.tagged(GoYaml.TAG_PREFIX + tag, text, AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
