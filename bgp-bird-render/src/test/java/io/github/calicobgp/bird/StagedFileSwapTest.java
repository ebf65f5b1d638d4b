package io.github.calicobgp.bird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six files are replaced all or nothing: one test per way a write can fail. */
class StagedFileSwapTest {

  private final BirdConfig config = new BirdRenderer().render(TestPlans.node().build());

  @Test
  void aDirectoryInPlaceOfOneTargetLeavesEveryOtherFileAsItWas(@TempDir Path dir)
      throws IOException {
    writeOldFiles(dir);
    Files.delete(dir.resolve("bird_aggr.cfg"));
    Files.createDirectory(dir.resolve("bird_aggr.cfg"));
    Map<String, String> before = snapshot(dir);

    assertThatThrownBy(() -> config.writeTo(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bird_aggr.cfg")
        .hasMessageContaining("a directory");

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aFifoInPlaceOfOneTargetIsRefusedBeforeAnythingIsWritten(@TempDir Path dir)
      throws Exception {
    writeOldFiles(dir);
    Files.delete(dir.resolve("bird6_ipam.cfg"));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("bird6_ipam.cfg").toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Map<String, String> before = snapshot(dir);

    assertThatThrownBy(() -> config.writeTo(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a regular file");

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aDanglingLinkInPlaceOfOneTargetIsRefused(@TempDir Path dir) throws IOException {
    writeOldFiles(dir);
    Files.delete(dir.resolve("bird6.cfg"));
    Files.createSymbolicLink(dir.resolve("bird6.cfg"), dir.resolve("nowhere"));
    Map<String, String> before = snapshot(dir);

    assertThatThrownBy(() -> config.writeTo(dir)).hasMessageContaining("dangling");

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aReadOnlyDirectoryIsLeftUntouched(@TempDir Path dir) throws Exception {
    writeOldFiles(dir);
    Map<String, String> before = snapshot(dir);
    makeReadOnly(dir);
    try {
      assertThatThrownBy(() -> config.writeTo(dir)).isInstanceOf(IOException.class);
    } finally {
      makeWritable(dir);
    }

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aRenameFailingHalfwayPutsBackTheFilesAlreadyRenamed(@TempDir Path dir)
      throws IOException {
    writeOldFiles(dir);
    Files.delete(dir.resolve("bird_ipam.cfg")); // absent before: must be absent after
    Map<String, String> before = snapshot(dir);
    AtomicInteger renames = new AtomicInteger();
    StagedFileSwap failingFourth =
        new StagedFileSwap(
            (from, to) -> {
              if (renames.incrementAndGet() == 4) {
                throw new IOException("disk on fire: " + to);
              }
              Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            });

    assertThatThrownBy(() -> failingFourth.swap(dir, contents(config)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("disk on fire")
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());

    assertThat(renames).hasValue(4);
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aFailureWhileStagingLeavesNoStagedFile(@TempDir Path dir) throws IOException {
    writeOldFiles(dir);
    Map<String, String> before = snapshot(dir);
    StagedFileSwap neverRenames =
        new StagedFileSwap(
            (from, to) -> {
              throw new IllegalStateException("interrupted");
            });

    assertThatThrownBy(() -> neverRenames.swap(dir, contents(config)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aMissingDirectoryFails(@TempDir Path dir) {
    assertThatThrownBy(() -> config.writeTo(dir.resolve("missing")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void onlyTheFilesWhoseBytesChangedAreReplaced(@TempDir Path dir) throws Exception {
    config.writeTo(dir);
    Files.writeString(dir.resolve("bird6_aggr.cfg"), "stale");
    Files.delete(dir.resolve("bird_ipam.cfg"));
    Object birdCfgInode = Files.getAttribute(dir.resolve("bird.cfg"), "unix:ino");

    assertThat(config.changedFiles(dir)).containsExactly("bird_ipam.cfg", "bird6_aggr.cfg");
    assertThat(config.writeChangedTo(dir)).containsExactly("bird_ipam.cfg", "bird6_aggr.cfg");

    assertThat(Files.getAttribute(dir.resolve("bird.cfg"), "unix:ino")).isEqualTo(birdCfgInode);
    assertThat(config.changedFiles(dir)).isEmpty();
    assertThat(config.writeChangedTo(dir)).isEmpty();
    assertThat(snapshot(dir).keySet()).containsExactlyInAnyOrderElementsOf(BirdConfig.FILE_NAMES);
  }

  @Test
  void leftoversOfAKilledWriteAreRecognisedAndRemovedButNothingElse(@TempDir Path dir)
      throws IOException {
    config.writeTo(dir);
    Files.writeString(dir.resolve(".bird.cfg.3f2a9c.tmp"), "half");
    Files.writeString(dir.resolve(".bird6_aggr.cfg.00ff.bak"), "old");
    Files.writeString(dir.resolve(".bird.cfg.notes.tmp"), "someone else's");
    Files.writeString(dir.resolve("bird.cfg.tmp"), "someone else's");

    assertThat(BirdConfig.removeLeftovers(dir)).isEqualTo(2);

    assertThat(snapshot(dir).keySet())
        .containsExactlyInAnyOrder(
            "bird.cfg", "bird6.cfg", "bird_ipam.cfg", "bird6_ipam.cfg", "bird_aggr.cfg",
            "bird6_aggr.cfg", ".bird.cfg.notes.tmp", "bird.cfg.tmp");
  }

  private static void writeOldFiles(Path dir) throws IOException {
    for (String name : BirdConfig.FILE_NAMES) {
      Files.writeString(dir.resolve(name), "old " + name + "\n");
    }
  }

  private static Map<String, byte[]> contents(BirdConfig config) {
    Map<String, byte[]> contents = new java.util.LinkedHashMap<>();
    for (String name : BirdConfig.FILE_NAMES) {
      contents.put(name, config.utf8(name));
    }
    return contents;
  }

  /** Every entry of {@code dir}: a file's content, or what kind of entry it is. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    List<Path> paths;
    try (Stream<Path> list = Files.list(dir)) {
      paths = new ArrayList<>(list.toList());
    }
    for (Path path : paths) {
      String name = path.getFileName().toString();
      if (Files.isSymbolicLink(path)) {
        entries.put(name, "link to " + Files.readSymbolicLink(path));
      } else if (Files.isDirectory(path)) {
        entries.put(name, "directory");
      } else if (Files.isRegularFile(path)) {
        entries.put(name, Files.readString(path, StandardCharsets.UTF_8));
      } else {
        entries.put(name, "special");
      }
    }
    return entries;
  }

  /** Root ignores permissions, so root makes the directory immutable instead. */
  private static void makeReadOnly(Path dir) throws Exception {
    if (isRoot()) {
      Process chattr = new ProcessBuilder("chattr", "+i", dir.toString()).start();
      assumeTrue(chattr.waitFor() == 0, "running as root and chattr +i is not available");
    } else {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
  }

  private static void makeWritable(Path dir) throws Exception {
    if (isRoot()) {
      new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
    } else {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
