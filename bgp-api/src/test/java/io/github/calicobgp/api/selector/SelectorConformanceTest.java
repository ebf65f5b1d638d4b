package io.github.calicobgp.api.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the selector conformance files (spec §4.6-4.8), one dynamic test per entry. */
class SelectorConformanceTest {

  @TestFactory
  Stream<DynamicTest> evaluationCases() {
    List<Map<String, Object>> cases = entries("selectors/selector-cases.json");
    assertThat(cases).isNotEmpty();
    return numbered(cases).stream()
        .map(
            numbered -> {
              Map<String, Object> entry = numbered.entry();
              String text = (String) entry.get("selector");
              Map<String, String> labels = stringMap(entry.get("labels"));
              boolean expected = (Boolean) entry.get("matches");
              return dynamicTest(
                  "#" + numbered.index() + " " + quoted(text) + " on " + labels + " -> " + expected,
                  () -> {
                    Selector selector = Selector.parse(text);
                    assertThat(selector.matches(labels)).as("parsed").isEqualTo(expected);
                    Selector canonical = Selector.parse(selector.toString());
                    assertThat(canonical.matches(labels)).as("canonical form").isEqualTo(expected);
                  });
            });
  }

  @TestFactory
  Stream<DynamicTest> invalidSelectors() {
    List<String> invalid = strings(ConformanceData.readJson("selectors/selector-invalid.json"));
    assertThat(invalid).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < invalid.size(); i++) {
      String text = invalid.get(i);
      tests.add(
          dynamicTest(
              "#" + (i + 1) + " rejects " + quoted(text),
              () ->
                  assertThatThrownBy(() -> Selector.parse(text))
                      .isInstanceOf(SelectorParseException.class)
                      .satisfies(
                          e -> {
                            SelectorParseException spe = (SelectorParseException) e;
                            assertThat(spe.selector()).isEqualTo(text);
                            assertThat(spe.position()).isBetween(0, text.length());
                          })));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> canonicalForms() {
    List<Map<String, Object>> cases = entries("selectors/selector-canonical.json");
    assertThat(cases).isNotEmpty();
    return numbered(cases).stream()
        .map(
            numbered -> {
              Map<String, Object> entry = numbered.entry();
              String input = (String) entry.get("input");
              String canonical = (String) entry.get("canonical");
              Object uid = entry.get("uid");
              return dynamicTest(
                  "#" + numbered.index() + " " + quoted(input) + " -> " + canonical,
                  () -> {
                    Selector selector = Selector.parse(input);
                    assertThat(selector.toString()).isEqualTo(canonical);
                    if (uid != null) {
                      assertThat(selector.uniqueId()).isEqualTo(uid);
                    }
                    Selector reparsed = Selector.parse(canonical);
                    assertThat(reparsed.toString()).isEqualTo(canonical);
                    assertThat(reparsed.uniqueId()).isEqualTo(selector.uniqueId());
                    assertThat(reparsed).isEqualTo(selector);
                  });
            });
  }

  private record Numbered(int index, Map<String, Object> entry) {}

  private static List<Numbered> numbered(List<Map<String, Object>> entries) {
    List<Numbered> result = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      result.add(new Numbered(i + 1, entries.get(i)));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(String path) {
    return (List<Map<String, Object>>) ConformanceData.readJson(path);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object json) {
    return (List<String>) json;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> stringMap(Object json) {
    return (Map<String, String>) json;
  }

  private static String quoted(String text) {
    String shown = text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + ")" : text;
    return "`" + shown + "`";
  }
}
