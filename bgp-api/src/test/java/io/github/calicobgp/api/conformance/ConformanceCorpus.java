package io.github.calicobgp.api.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Calico's test data, converted, in the project's top-level {@code conformance} folder (its
 * README gives the provenance, the NOTICE and how to refresh it). Every module's conformance
 * tests find it here (this class ships in bgp-api's test jar).
 *
 * <p>The folder is the {@code conformance.dir} system property (the parent POM sets it to the
 * project's {@code conformance}), else the first {@code conformance} folder holding
 * {@code calico-confd} in the working directory or one of its ancestors. Without it the tests
 * fail: they are this project's oracle, not an optional extra.
 */
public final class ConformanceCorpus {

  private static final String PROPERTY = "conformance.dir";

  private ConformanceCorpus() {}

  /** The conformance folder. */
  public static Path root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("conformance");
      if (Files.isDirectory(candidate.resolve("calico-confd"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("the conformance data was not found: set -D" + PROPERTY
        + " or run from within the project, which carries it in its conformance folder");
  }

  /** A file of the corpus, e.g. {@code selectors/selector-cases.json}. */
  public static Path file(String relativePath) {
    return root().resolve(relativePath);
  }

  /** Every case of Calico's confd golden tests ({@code calico-confd/cases}), sorted by id. */
  public static List<ConfdCase> confdCases() {
    try (Stream<Path> dirs = Files.list(root().resolve("calico-confd").resolve("cases"))) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("case.yaml")))
          .sorted()
          .map(ConfdCase::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One confd case by id, e.g. {@code mesh-bgp-export}. */
  public static ConfdCase confdCase(String id) {
    return ConfdCase.read(root().resolve("calico-confd").resolve("cases").resolve(id));
  }

  /**
   * Calico's {@code normalizeBlankLines} (confd/tests/helpers_test.go), the comparison of the
   * golden tests: drops every whitespace-only line and ends each kept line with a newline.
   */
  public static String normalizeBlankLines(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }
}
