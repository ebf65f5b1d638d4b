package io.github.calicobgp.api.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical form, evaluation quirks and the rest of the {@link Selector} API. */
class SelectorTest {

  @ParameterizedTest(name = "{0}  =>  {1}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      value = {
        // Leading "!"s cancel out in pairs while parsing.
        "!!has(a)           => has(a)",
        "!!!has(a)          => !has(a)",
        "! ! ! ! has(a)     => has(a)",
        // "!" prints no parentheses of its own; And/Or always print theirs, even at top level.
        "!(k == 'v')        => !k == \"v\"",
        "!(a == 'b' || has(c)) => !(a == \"b\" || has(c))",
        "a == 'x' && b == 'y' && c == 'z'   => (a == \"x\" && b == \"y\" && c == \"z\")",
        "a == 'x' && (b == 'y' && c == 'z') => (a == \"x\" && (b == \"y\" && c == \"z\"))",
        "(a == 'x' && b == 'y') && c == 'z' => ((a == \"x\" && b == \"y\") && c == \"z\")",
        "a == 'x' || b == 'y' && c == 'z'   => (a == \"x\" || (b == \"y\" && c == \"z\"))",
        "((((has(a)))))     => has(a)",
        "(!has(a))          => !has(a)",
        // Quotes: double unless the value contains a double quote.
        "a == \"it's\"      => a == \"it's\"",
        "a == 'say \"hi\"'  => a == 'say \"hi\"'",
        "a in {'\"', \"'\"} => a in {'\"', \"'\"}",
        // Operator spellings.
        "a startswith 'x'   => a starts with \"x\"",
        "a starts \t with 'x' => a starts with \"x\"",
        "a endswith 'x'     => a ends with \"x\"",
        "a notin {'x'}      => a not in {\"x\"}",
        "a not  in{'x'}     => a not in {\"x\"}",
        "a in{'x'}          => a in {\"x\"}",
        "a contains'x'      => a contains \"x\"",
        "a!='x'             => a != \"x\"",
        // Keywords are not reserved words.
        "contains contains 'contains' => contains contains \"contains\"",
        "startswith starts with 'v'   => startswith starts with \"v\"",
        "endswith ends with 'v'       => endswith ends with \"v\"",
        "in in {'in'}                 => in in {\"in\"}",
        "not not in {}                => not not in {}",
        "has == 'all()'               => has == \"all()\"",
        // Sets: sorted, de-duplicated, may be empty, may end with one comma.
        "a in {}            => a in {}",
        "a not in {}        => a not in {}",
        "a in {'b', 'a',}   => a in {\"a\", \"b\"}",
        "a in {'b', 'a', 'b', 'a'} => a in {\"a\", \"b\"}",
        "a in {'', 'B', 'a'} => a in {\"\", \"B\", \"a\"}",
        // Labels may use any of [a-zA-Z0-9_./-].
        "has(calico/k8s_NS-.1/role) => has(calico/k8s_NS-.1/role)",
        "- == '-'           => - == \"-\"",
        "1.2 in {'3'}       => 1.2 in {\"3\"}",
        "all( )             => all()",
        "global( )          => global()",
        "global() && has(a) => (global() && has(a))",
        "!all()             => !all()",
      })
  void canonicalForm(String input, String canonical) {
    Selector selector = Selector.parse(input);

    assertThat(selector.toString()).isEqualTo(canonical);
    assertThat(Selector.parse(canonical)).isEqualTo(selector);
    assertThat(Selector.parse(canonical).toString()).isEqualTo(canonical);
  }

  @Test
  void setsSortInUtf8ByteOrderNotUtf16Order() {
    String emoji = "\uD83D\uDE00"; // U+1F600: UTF-8 F0 9F 98 80, UTF-16 D83D DE00
    String replacement = "\uFFFD"; // U+FFFD: UTF-8 EF BF BD, UTF-16 FFFD
    assertThat(emoji.compareTo(replacement)).isNegative();

    Selector selector = Selector.parse("a in {'" + emoji + "', '" + replacement + "', 'z'}");

    assertThat(selector.toString())
        .isEqualTo("a in {\"z\", \"" + replacement + "\", \"" + emoji + "\"}");
    assertThat(selector.matches(Map.of("a", emoji))).isTrue();
  }

  @Test
  void separatedNegationsSurviveAsDoubleNegation() {
    // Calico collapses adjacent "!" tokens only; "!(!x)" keeps both and prints "!!x".
    Selector doubled = Selector.parse("!(!has(a))");

    assertThat(doubled.toString()).isEqualTo("!!has(a)");
    assertThat(doubled.uniqueId()).isNotEqualTo(Selector.parse("has(a)").uniqueId());
    assertThat(doubled.matches(Map.of("a", ""))).isTrue();
    assertThat(doubled.matches(Map.of())).isFalse();
    // Its canonical form re-parses to the collapsed selector.
    assertThat(Selector.parse(doubled.toString()).toString()).isEqualTo("has(a)");
  }

  @Test
  void uniqueIdsMatchCalico() {
    assertThat(Selector.all().uniqueId()).isEqualTo("s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug");
    // From Calico's parser_test.go canonicalisationTests.
    Selector selector = Selector.parse("! (has( b)||! has(a ))");
    assertThat(selector.toString()).isEqualTo("!(has(b) || !has(a))");
    assertThat(selector.uniqueId()).isEqualTo("s:Iss0uCleLYv1GSv_pNm7hAO58kE9jAx1NKyG3Q");
  }

  @Test
  void missingLabelsMatchNegativeOperators() {
    Map<String, String> none = Map.of();

    assertThat(Selector.parse("a != 'x'").matches(none)).isTrue();
    assertThat(Selector.parse("a not in {'x'}").matches(none)).isTrue();
    assertThat(Selector.parse("a not in {}").matches(none)).isTrue();
    assertThat(Selector.parse("!a == 'x'").matches(none)).isTrue();
    assertThat(Selector.parse("a == 'x'").matches(none)).isFalse();
    assertThat(Selector.parse("a in {'x'}").matches(none)).isFalse();
    assertThat(Selector.parse("a contains ''").matches(none)).isFalse();
    assertThat(Selector.parse("a starts with ''").matches(none)).isFalse();
    assertThat(Selector.parse("a ends with ''").matches(none)).isFalse();
    assertThat(Selector.parse("has(a)").matches(none)).isFalse();
  }

  @Test
  void presentLabelsCompareExactly() {
    Map<String, String> labels = Map.of("a", "Prod-1", "e", "");

    assertThat(Selector.parse("has(e)").matches(labels)).isTrue();
    assertThat(Selector.parse("e == ''").matches(labels)).isTrue();
    assertThat(Selector.parse("e contains ''").matches(labels)).isTrue();
    assertThat(Selector.parse("a == 'prod-1'").matches(labels)).isFalse();
    assertThat(Selector.parse("a contains 'od-'").matches(labels)).isTrue();
    assertThat(Selector.parse("a starts with 'Prod'").matches(labels)).isTrue();
    assertThat(Selector.parse("a ends with '-1'").matches(labels)).isTrue();
    assertThat(Selector.parse("a ends with 'Prod'").matches(labels)).isFalse();
    assertThat(Selector.parse("a in {}").matches(labels)).isFalse();
    assertThat(Selector.parse("a in {'x', 'Prod-1'}").matches(labels)).isTrue();
    assertThat(Selector.parse("a not in {'x', 'Prod-1'}").matches(labels)).isFalse();
    assertThat(Selector.parse("global()").matches(labels)).isTrue();
    assertThat(Selector.parse("!all()").matches(labels)).isFalse();
  }

  @Test
  void nullValuedEntriesCountAsAbsent() {
    Map<String, String> labels = new HashMap<>();
    labels.put("a", null);

    assertThat(Selector.parse("has(a)").matches(labels)).isFalse();
    assertThat(Selector.parse("a != 'x'").matches(labels)).isTrue();
    assertThat(Selector.parse("a not in {'x'}").matches(labels)).isTrue();
  }

  @Test
  void acceptsLabelsUpTo512Bytes() {
    String label = "a".repeat(512);

    assertThat(Selector.parse(label + " == \"value\"").matches(Map.of(label, "value"))).isTrue();
    assertThat(Selector.parse("has(" + label + ")").labelKeys()).containsExactly(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t \t", "all()", " all( ) ", "(all())"})
  void emptyAndAllSelectorsAreAll(String text) {
    Selector selector = Selector.parse(text);

    assertThat(selector).isEqualTo(Selector.all());
    assertThat(selector.isAll()).isTrue();
    assertThat(selector.matches(Map.of())).isTrue();
    assertThat(selector.labelKeys()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"global()", "!all()", "all() && all()", "has(a)"})
  void otherSelectorsAreNotAll(String text) {
    assertThat(Selector.parse(text).isAll()).isFalse();
  }

  @Test
  void parseDoesNotTrim() {
    assertThatThrownBy(() -> Selector.parse("a == 'b'\n"))
        .isInstanceOf(SelectorParseException.class);
    assertThatThrownBy(() -> Selector.parse("\u00A0a == 'b'"))
        .isInstanceOf(SelectorParseException.class);
  }

  @Test
  void normaliseTrimsGoWhitespaceAndCanonicalises() {
    assertThat(Selector.normalise("")).isEqualTo("all()");
    assertThat(Selector.normalise(" \n a=='b' \r\n")).isEqualTo("a == \"b\"");
    // Go trims no-break spaces, which String.strip() keeps...
    assertThat(Selector.normalise("\u00A0\u2007a=='b'\u202F\u3000")).isEqualTo("a == \"b\"");
    // ...and keeps U+001F, which String.strip() removes; the selector then does not parse.
    assertThat(Selector.normalise("\u001Fa=='b'")).isEqualTo("\u001Fa=='b'");
  }

  @Test
  void normaliseReturnsInvalidInputTrimmed() {
    assertThat(Selector.normalise("  not a selector\n")).isEqualTo("not a selector");
    assertThat(Selector.normalise("a == 'b' &&\n has(c)")).isEqualTo("a == 'b' &&\n has(c)");
  }

  @Test
  void labelKeysListsReadLabelsOnceInOrder() {
    Selector selector =
        Selector.parse("z == 'x' || (b in {} && !has(z)) || global() || a.b/c not in {'q'}");

    assertThat(selector.labelKeys()).containsExactly("z", "b", "a.b/c");
    assertThatThrownBy(() -> selector.labelKeys().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityFollowsCanonicalForm() {
    Selector a = Selector.parse("x=='1'&&y in {'b','a'}");
    Selector b = Selector.parse("(x == \"1\") && y in {\"a\", \"b\", \"a\"}");
    Selector c = Selector.parse("y in {'a','b'} && x == '1'");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.uniqueId()).isEqualTo(b.uniqueId()).isNotEqualTo(c.uniqueId());
    assertThat(a.uniqueId()).startsWith("s:").hasSize(2 + 38);
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> Selector.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
