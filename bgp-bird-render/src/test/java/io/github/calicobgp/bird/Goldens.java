package io.github.calicobgp.bird;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.conformance.ConfdCase;
import io.github.calicobgp.api.conformance.ConformanceCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Calico's golden files in the project's conformance folder ({@code conformance/calico-confd}),
 * compared the way Calico's tests compare them: ignoring blank lines (confd-behavior §11).
 */
final class Goldens {

  private Goldens() {}

  /** Asserts that every file of {@code config} matches the golden of case {@code caseId}. */
  static void assertMatches(String caseId, BirdConfig config) throws IOException {
    ConfdCase confdCase = ConformanceCorpus.confdCase(caseId);
    for (String name : BirdConfig.FILE_NAMES) {
      String golden = Files.readString(confdCase.expected(name), StandardCharsets.UTF_8);
      assertThat(ConformanceCorpus.normalizeBlankLines(config.file(name)))
          .as(caseId + "/" + name)
          .isEqualTo(ConformanceCorpus.normalizeBlankLines(golden));
    }
  }
}
