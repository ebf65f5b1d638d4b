package io.github.calicobgp.api.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the shared conformance data: the {@code conformance.dir} system property (set by the
 * build), else a {@code shared/conformance} folder beside the working directory or one of its
 * parents.
 */
final class ConformanceCorpus {

  private ConformanceCorpus() {}

  /** The {@code conformance} folder, if there is one. */
  static Optional<Path> dir() {
    String configured = System.getProperty("conformance.dir");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("conformance");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Every {@code calico-confd/cases/<id>/input.yaml}, sorted. */
  static List<Path> confdInputs(Path conformanceDir) {
    try (Stream<Path> cases = Files.list(conformanceDir.resolve("calico-confd").resolve("cases"))) {
      return cases
          .map(c -> c.resolve("input.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One case's {@code input.yaml}. */
  static Path confdInput(Path conformanceDir, String caseId) {
    return conformanceDir.resolve("calico-confd/cases").resolve(caseId).resolve("input.yaml");
  }
}
