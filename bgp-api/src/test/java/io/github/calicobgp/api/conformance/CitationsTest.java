package io.github.calicobgp.api.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every comment, document and message of the project cites what a maintainer can open: Calico's
 * source by path and function, or the project's own files. Sections of specification documents
 * that are not in the repository ("confd-behavior", "api-spec", "quirk 13.5" written with a
 * section sign) are not such a citation.
 */
class CitationsTest {

  /** A section sign followed by a section number, e.g. the one in "quirk [section sign]13.5". */
  private static final Pattern SECTION = Pattern.compile("\u00a7\\s*\\d");

  /** Folders that are not the project's text: VCS data, build output, IDE settings. */
  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", ".idea", ".vscode");

  /** Binary files, by extension (jqwik's database file is {@code .jqwik-database}). */
  private static final Set<String> BINARY =
      Set.of("png", "jpg", "gif", "jar", "class", "gz", "zip", "jqwik-database");

  @Test
  void noFileCitesASectionOfADocumentOutsideTheRepository() throws IOException {
    Path root = projectRoot();
    List<String> citations = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        // conformance/ is Calico's data, copied as it is (see conformance/README.md).
        boolean skipped = SKIPPED_FOLDERS.contains(name) || dir.equals(root.resolve("conformance"));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !isBinary(file)) {
          citations.addAll(sectionCitations(root, file));
        }
        return FileVisitResult.CONTINUE;
      }
    });

    assertThat(citations)
        .as("cite Calico's source by path and function (e.g. confd/pkg/backends/calico/"
            + "bgp_processor.go, processPeers) or the project's own files instead")
        .isEmpty();
  }

  @Test
  void aSectionCitationIsFound() {
    assertThat(SECTION.matcher("see confd-behavior \u00a75.2").find()).isTrue();
    assertThat(SECTION.matcher("quirk \u00a7 13.10").find()).isTrue();
    assertThat(SECTION.matcher("confd/pkg/backends/calico/client.go, updatePeersV1").find())
        .isFalse();
  }

  private static Path projectRoot() {
    Path root = ConformanceCorpus.root().toAbsolutePath().normalize().getParent();
    assertThat(root).isNotNull();
    assertThat(root.resolve("pom.xml")).as("the project root holds the parent POM").exists();
    return root;
  }

  private static boolean isBinary(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot >= 0 && BINARY.contains(name.substring(dot + 1));
  }

  /** Each section citation of {@code file} as {@code path:line: text}. */
  private static List<String> sectionCitations(Path root, Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> found = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = SECTION.matcher(lines[i]);
      if (matcher.find()) {
        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
      }
    }
    return found;
  }
}
