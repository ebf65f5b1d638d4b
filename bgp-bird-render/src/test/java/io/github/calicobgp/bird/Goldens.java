package io.github.calicobgp.bird;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.StringJoiner;
import org.junit.jupiter.api.Assumptions;

/**
 * Calico's golden files in the shared conformance folder (outside the repository, never copied),
 * compared the way Calico's tests compare them: ignoring blank lines (confd-behavior §11).
 */
final class Goldens {

  private Goldens() {}

  /** Asserts that every file of {@code config} matches the golden of case {@code caseId}. */
  static void assertMatches(String caseId, BirdConfig config) throws IOException {
    Path expected = cases().resolve(caseId).resolve("expected");
    for (String name : BirdConfig.FILE_NAMES) {
      String golden = Files.readString(expected.resolve(name), StandardCharsets.UTF_8);
      assertThat(normalize(config.file(name))).as(caseId + "/" + name).isEqualTo(normalize(golden));
    }
  }

  /** Calico's {@code normalizeBlankLines}: drop whitespace-only lines, end each with LF. */
  static String normalize(String text) {
    StringJoiner kept = new StringJoiner("\n", "", "\n").setEmptyValue("");
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        kept.add(line);
      }
    }
    return kept.toString();
  }

  private static Path cases() {
    String configured = System.getProperty("conformance.dir");
    Path dir = configured == null ? null : Paths.get(configured, "calico-confd", "cases");
    for (Path up = Paths.get("").toAbsolutePath(); dir == null || !Files.isDirectory(dir); ) {
      if (up == null) {
        Assumptions.abort("Calico's goldens not found: set -Dconformance.dir");
      }
      dir = up.resolve("shared/conformance/calico-confd/cases");
      up = up.getParent();
    }
    return dir;
  }
}
