package io.github.calicobgp.bird;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs BIRD 1.6's own configuration parser ({@code bird -p -c bird.cfg}, {@code bird6 -p -c
 * bird6.cfg}) over rendered files: the evidence that BIRD accepts them. Unlike the rest of the
 * library this starts processes (and, for {@link #checkAll}, a POSIX {@code sh}) and reads {@code
 * PATH}.
 */
public final class BirdParser {

  private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/sbin");
  private static final long TIMEOUT_SECONDS = 30;

  /**
   * Arguments: bird, bird6, the results folder, then pairs of index and folder. For each folder
   * and file it writes {@code INDEX.FILE.out} (what BIRD printed), then {@code INDEX.FILE.status}
   * (its exit code), so that a missing status means the parse never ran.
   */
  private static final String BATCH_SCRIPT = """
      bird=$1; bird6=$2; out=$3; shift 3
      while [ $# -gt 0 ]; do
        i=$1; d=$2; shift 2
        (cd "$d" && exec "$bird" -p -c bird.cfg) > "$out/$i.bird.cfg.out" 2>&1
        echo $? > "$out/$i.bird.cfg.status"
        (cd "$d" && exec "$bird6" -p -c bird6.cfg) > "$out/$i.bird6.cfg.out" 2>&1
        echo $? > "$out/$i.bird6.cfg.status"
      done
      """;

  private final Path bird;
  private final Path bird6;

  /**
   * A parser running these {@code bird} and {@code bird6} executables.
   *
   * @param bird the IPv4 {@code bird} executable
   * @param bird6 the IPv6 {@code bird6} executable
   */
  public BirdParser(Path bird, Path bird6) {
    this.bird = bird;
    this.bird6 = bird6;
  }

  /**
   * {@code bird} and {@code bird6} found on {@code PATH} or in the usual sbin folders, or empty
   * when either is missing.
   *
   * @return a parser running the executables found, or empty when either is missing
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
   *
   * @param dir the folder holding the six files of one node
   * @return BIRD's messages, or empty when BIRD accepts both files
   * @throws java.io.IOException if a BIRD process cannot be started or its output read
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
    return result(file, process.exitValue(), output);
  }

  /**
   * Parses the files of every folder of {@code dirs} like {@link #check(Path)}, but with one
   * shell process per processor that runs {@code bird -p} and {@code bird6 -p} for its share of
   * the folders: starting two processes from the JVM per folder costs more than the parses. Gives
   * BIRD's messages by folder, for the folders whose files it rejects; empty when it accepts all.
   *
   * @param dirs the folders, each holding the six files of one node
   * @return BIRD's messages for each folder BIRD rejected; empty when it accepts them all
   * @throws java.io.IOException if a shell process cannot be started or its output read
   */
  public Map<Path, String> checkAll(Collection<Path> dirs) throws IOException {
    List<Path> all = List.copyOf(dirs);
    Path results = Files.createTempDirectory("bird-parse");
    try {
      int shells = Math.max(1, Math.min(all.size(), Runtime.getRuntime().availableProcessors()));
      List<Process> processes = new ArrayList<>(shells);
      for (int shell = 0; shell < shells; shell++) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", BATCH_SCRIPT, "sh",
            bird.toString(), bird6.toString(), results.toString()));
        for (int i = shell; i < all.size(); i += shells) {
          command.add(Integer.toString(i));
          command.add(all.get(i).toAbsolutePath().toString());
        }
        processes.add(new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true)
            .start());
      }
      long timeout = TIMEOUT_SECONDS + all.size();
      awaitAll(processes, timeout);
      Map<Path, String> errors = new LinkedHashMap<>();
      for (int i = 0; i < all.size(); i++) {
        List<String> messages = new ArrayList<>(2);
        batchResult(results, i, "bird.cfg", timeout).ifPresent(messages::add);
        batchResult(results, i, "bird6.cfg", timeout).ifPresent(messages::add);
        if (!messages.isEmpty()) {
          errors.put(all.get(i), String.join("\n", messages));
        }
      }
      return errors;
    } finally {
      try (Stream<Path> files = Files.list(results)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(results);
    }
  }

  private static void awaitAll(List<Process> processes, long timeoutSeconds) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try {
      for (Process process : processes) {
        if (!process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
          // Folders it did not get to have no result, which reads as "did not finish".
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      processes.forEach(Process::destroyForcibly);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while BIRD parsed a batch of folders");
    }
  }

  /** The outcome of folder {@code index}'s {@code file}, from the files the batch script wrote. */
  private static Optional<String> batchResult(Path results, int index, String file, long timeout)
      throws IOException {
    Path status = results.resolve(index + "." + file + ".status");
    if (!Files.exists(status)) {
      return Optional.of(file + ": the batch parse did not finish within " + timeout + " s");
    }
    int exitCode = Integer.parseInt(Files.readString(status).strip());
    String output = Files.readString(results.resolve(index + "." + file + ".out"));
    return result(file, exitCode, output);
  }

  private static Optional<String> result(String file, int exitCode, String output) {
    if (exitCode == 0) {
      return Optional.empty();
    }
    String message = output.strip();
    return Optional.of(file + ": " + (message.isEmpty() ? "exit status " + exitCode : message));
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
