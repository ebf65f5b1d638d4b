package io.github.calicobgp.api.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where and why invalid selectors are rejected (as libcalico-go/lib/selector/tokenizer/tokenizer.go
 * and libcalico-go/lib/selector/parser/parser.go reject them).
 */
class SelectorParseErrorTest {

  static Stream<Arguments> errors() {
    String longLabel = "a".repeat(513);
    return Stream.of(
        // Parser errors.
        arguments("b == b", 5, "expected string, found label \"b\""),
        arguments("b contains b", 11, "expected string, found label \"b\""),
        arguments("foo != ||", 7, "expected string, found \"||\""),
        arguments("a ==", 4, "expected string, found end of input"),
        arguments("'b1' == b", 0, "unexpected token: string \"b1\""),
        arguments("b", 1, "unexpected EOF looking for operator"),
        arguments("a ", 2, "unexpected EOF looking for operator"),
        arguments("global() && bad", 15, "unexpected EOF looking for operator"),
        arguments("!", 1, "unexpected token: end of input"),
        arguments("(", 1, "unexpected token: end of input"),
        arguments(")", 0, "unexpected token: \")\""),
        arguments("()", 1, "unexpected token: \")\""),
        arguments("has(foo) &&", 11, "unexpected token: end of input"),
        arguments("(a == \"foo\"", 11, "expected ), found end of input"),
        arguments("foo in {\"\", ||", 12, "expected }, found \"||\""),
        arguments("a in {,}", 6, "expected }, found \",\""),
        arguments("a in {\"x\",,}", 10, "expected }, found \",\""),
        arguments("a in {\"x\" \"y\"}", 10, "expected }, found string \"y\""),
        arguments("foo in \"\"", 7, "expected set literal, found string \"\""),
        arguments("a in has(x)", 5, "expected set literal, found \"has(x)\""),
        arguments("has (a)", 4, "expected == or != not: \"(\""),
        arguments("(a)", 2, "expected == or != not: \")\""),
        arguments("a \"x\"", 2, "expected == or != not: string \"x\""),
        arguments("a == \"b\" c == \"d\"", 9, "unexpected content at end of selector: label \"c\""),
        arguments("all() )", 6, "unexpected content at end of selector: \")\""),
        // Tokenizer errors.
        arguments("b starts with b", 2, "expected operator after label"),
        arguments("b ends with b", 2, "expected operator after label"),
        arguments("a b", 2, "expected operator after label"),
        arguments("label inf \"value\"", 6, "expected operator after label"),
        arguments("label starts foo \"value\"", 6, "expected operator after label"),
        arguments("label ends withs \"value\"", 6, "expected operator after label"),
        arguments("label squiggles \"value\"", 6, "expected operator after label"),
        arguments("a not inx {}", 2, "expected operator after label"),
        // A multi-word operator needs a word boundary after the blanks that follow it.
        arguments("a not in has(x)", 2, "expected operator after label"),
        arguments("this is not valid selector syntax", 5, "expected operator after label"),
        arguments("\"FOO", 0, "unterminated string"),
        arguments("\"FOO'", 0, "unterminated string"),
        arguments("'FOO", 0, "unterminated string"),
        arguments("label == 'value", 9, "unterminated string"),
        arguments("foo == \"bar\" &", 13, "expected &&"),
        arguments("a == \"b\" & has(foo)", 9, "expected &&"),
        arguments("foo == \"bar\" |", 13, "expected ||"),
        arguments("label = \"value\"", 6, "expected =="),
        arguments("thing=hello &", 5, "expected =="),
        arguments("%", 0, "expected identifier"),
        arguments("a == \"b\" && %", 12, "expected identifier"),
        arguments("a == \"b\" || %", 12, "expected identifier"),
        arguments("has()", 4, "expected identifier"),
        arguments("has( :x)", 5, "expected identifier"),
        arguments("all(", 4, "no closing ')' after all("),
        arguments("global( x)", 8, "no closing ')' after global("),
        arguments("has(foo", 7, "no closing ')' after has("),
        arguments("has( foo ", 9, "no closing ')' after has("),
        arguments(longLabel + " == \"value\"", 0, "label too long: 513 bytes, maximum 512"),
        arguments("has(" + longLabel + ")", 4, "label too long: 513 bytes, maximum 512"),
        // Only spaces and tabs separate tokens.
        arguments("\na == \"b\"", 0, "expected identifier"),
        arguments("a == \"b\"\n", 8, "expected identifier"),
        arguments("a\n== \"b\"", 1, "expected operator after label"),
        arguments("a ==\r\"b\"", 4, "expected identifier"),
        // Positions count UTF-16 chars.
        arguments("a == \"é\" && é", 12, "expected identifier"),
        // The whole input is tokenized first, so a later lexical error wins over a grammar error.
        arguments("b == b && %", 10, "expected identifier"),
        arguments("(a == \"foo\" |", 12, "expected ||"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void rejectsWithPositionAndReason(String text, int position, String reason) {
    SelectorParseException e =
        catchThrowableOfType(SelectorParseException.class, () -> Selector.parse(text));

    assertThat(e).as("parse(%s) must fail", text).isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.selector()).isEqualTo(text);
    assertThat(e.getMessage())
        .isEqualTo("invalid selector \"" + text + "\" at position " + position + ": " + reason);
  }

  @Test
  void messageNamesSelectorPositionAndReason() {
    SelectorParseException e =
        catchThrowableOfType(SelectorParseException.class, () -> Selector.parse("a b"));

    assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid selector \"a b\" at position 2: expected operator after label");
  }

  @Test
  void limitsParenthesisNesting() {
    int limit = Parser.MAX_NESTING;
    String deepest = "(".repeat(limit) + "!has(a)" + ")".repeat(limit);
    assertThat(Selector.parse(deepest).toString()).isEqualTo("!has(a)");

    String tooDeep = "(".repeat(limit + 1) + "has(a)" + ")".repeat(limit + 1);
    SelectorParseException e =
        catchThrowableOfType(SelectorParseException.class, () -> Selector.parse(tooDeep));
    assertThat(e.position()).isEqualTo(limit);
    assertThat(e.reason()).isEqualTo("parentheses nested deeper than " + limit);
  }
}
