package io.github.calicobgp.bird;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs BIRD 1.6's own configuration parser ({@code bird -p -c bird.cfg}, {@code bird6 -p -c
 * bird6.cfg}) over rendered files: the evidence that BIRD accepts them. Unlike the rest of the
 * library this starts processes and reads {@code PATH}.
 */
public final class BirdParser {

  private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/sbin");
  private static final long TIMEOUT_SECONDS = 30;

  private final Path bird;
  private final Path bird6;

  /** A parser running these {@code bird} and {@code bird6} executables. */
  public BirdParser(Path bird, Path bird6) {
    this.bird = bird;
    this.bird6 = bird6;
  }

  /**
   * {@code bird} and {@code bird6} found on {@code PATH} or in the usual sbin folders, or empty
   * when either is missing.
   */
  public static Optional<BirdParser> locate() {
    Optional<Path> bird = find("bird");
    Optional<Path> bird6 = find("bird6");
    return bird.isPresent() && bird6.isPresent()
        ? Optional.of(new BirdParser(bird.get(), bird6.get()))
        : Optional.empty();
  }

  /**
   * Parses {@code bird.cfg} with {@code bird} and {@code bird6.cfg} with {@code bird6}, in {@code
   * dir} so that their includes resolve; empty when BIRD accepts both, else BIRD's messages.
   */
  public Optional<String> check(Path dir) throws IOException {
    List<String> errors = new ArrayList<>(2);
    check(bird, dir, "bird.cfg").ifPresent(errors::add);
    check(bird6, dir, "bird6.cfg").ifPresent(errors::add);
    return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", errors));
  }

  private static Optional<String> check(Path executable, Path dir, String file)
      throws IOException {
    Process process =
        new ProcessBuilder(executable.toString(), "-p", "-c", file)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    try {
      // bird -p prints at most a line or two, far below a pipe's buffer, so waiting first is safe.
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.of(file + ": " + executable + " -p did not finish within "
            + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while " + executable + " parsed " + file);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() == 0) {
      return Optional.empty();
    }
    String message = output.strip();
    return Optional.of(
        file + ": " + (message.isEmpty() ? "exit status " + process.exitValue() : message));
  }

  private static Optional<Path> find(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(SBIN);
    for (String dir : dirs) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
