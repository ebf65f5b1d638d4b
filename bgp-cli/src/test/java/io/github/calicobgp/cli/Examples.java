package io.github.calicobgp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example clusters in {@code examples/} at the root of the repository. */
final class Examples {

  private Examples() {}

  /** The {@code examples/} folder, found above the directory the tests run in. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("examples");
  }

  /** The manifests of one example, as FILE arguments, sorted. */
  static List<String> files(String example) {
    try (Stream<Path> files = Files.list(root().resolve(example))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of every example, sorted. */
  static List<String> names() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code command} followed by {@code options} and the files of {@code example}. */
  static String[] args(String command, String example, String... options) {
    return Stream.of(Stream.of(command), Stream.of(options), files(example).stream())
        .flatMap(s -> s)
        .toArray(String[]::new);
  }
}
