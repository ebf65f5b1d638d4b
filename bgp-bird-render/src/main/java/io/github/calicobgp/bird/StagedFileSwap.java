package io.github.calicobgp.bird;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a set of files in one directory all or nothing, as far as a file system without
 * multi-file transactions allows.
 *
 * <p>The steps, each undone if a later one fails:
 *
 * <ol>
 *   <li>Check that every target is a regular file (or a link to one) or absent: a directory, a
 *       FIFO or a socket in a target's place fails here, before anything is touched.
 *   <li>Write every new content to a temporary file beside its target ({@code .NAME.RANDOM.tmp})
 *       and force it to disk.
 *   <li>Keep every existing target as a hard link {@code .NAME.RANDOM.bak} (a copy where the file
 *       system has no hard links), so that the old bytes survive the rename.
 *   <li>Rename the temporary files over their targets, one by one (each rename is atomic).
 *   <li>If a rename fails, put back every target already renamed (its backup renamed back, or
 *       the new file deleted where there was none) and delete the temporary files and backups.
 * </ol>
 *
 * <p>What this guarantees: when {@link #swap} returns, every target has its new content; when it
 * throws an {@link IOException}, every target has exactly the bytes (and the absence) it had
 * before, and no temporary file or backup is left, unless undoing itself failed, in which case
 * that failure is attached to the exception as suppressed. Each target, read at any moment by
 * anyone, is either its complete old or its complete new content, never a part. What it cannot
 * guarantee: a reader that opens two targets in the middle of step 4 may see one new and one
 * old, and a process killed in step 4 leaves some targets new and some old (each complete) plus
 * dot files, which {@link #removeLeftovers} deletes on the next start.
 */
final class StagedFileSwap {

  /** Renames one file onto another; replaced in tests to make a rename fail. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private static final String TEMP_SUFFIX = ".tmp";
  private static final String BACKUP_SUFFIX = ".bak";

  private final Mover mover;

  StagedFileSwap() {
    this(StagedFileSwap::atomicMove);
  }

  StagedFileSwap(Mover mover) {
    this.mover = mover;
  }

  /**
   * Replaces the files of {@code dir} named by {@code contents}' keys with those contents.
   *
   * @param dir the directory holding the targets
   * @param contents file name to new bytes, in the order to rename them
   * @throws IOException if any step fails; the directory is then as it was
   */
  void swap(Path dir, Map<String, byte[]> contents) throws IOException {
    for (String name : contents.keySet()) {
      requireReplaceable(dir, name);
    }
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Map<String, Path> temps = new LinkedHashMap<>();
    Map<String, Path> backups = new LinkedHashMap<>();
    List<String> renamed = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        Path temp = dir.resolve("." + file.getKey() + "." + random + TEMP_SUFFIX);
        temps.put(file.getKey(), temp);
        writeDurably(temp, file.getValue());
      }
      for (String name : contents.keySet()) {
        Path target = dir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          Path backup = dir.resolve("." + name + "." + random + BACKUP_SUFFIX);
          backups.put(name, backup);
          keep(target, backup);
        }
      }
      for (Map.Entry<String, Path> temp : temps.entrySet()) {
        mover.move(temp.getValue(), dir.resolve(temp.getKey()));
        renamed.add(temp.getKey());
      }
    } catch (IOException | RuntimeException e) {
      undo(dir, renamed, backups, e);
      deleteAll(temps.values(), e);
      deleteAll(backups.values(), e);
      throw e;
    }
    List<Path> kept = new ArrayList<>(backups.values());
    IOException cleanup = new IOException("could not delete the backups in " + dir);
    deleteAll(kept, cleanup);
    forceDirectory(dir);
    if (cleanup.getSuppressed().length > 0) {
      // The new files are in place; a stray backup is only untidy, and removeLeftovers takes it.
      throw cleanup;
    }
  }

  /**
   * Deletes the temporary files and backups a killed {@link #swap} left in {@code dir} for the
   * given names.
   *
   * @param dir the directory
   * @param names the target names whose leftovers to delete
   * @return how many files were deleted
   * @throws IOException if the directory cannot be listed or a leftover cannot be deleted
   */
  static int removeLeftovers(Path dir, List<String> names) throws IOException {
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (isLeftover(entry.getFileName().toString(), names)) {
          Files.deleteIfExists(entry);
          removed++;
        }
      }
    }
    return removed;
  }

  static boolean isLeftover(String fileName, List<String> names) {
    if (!fileName.endsWith(TEMP_SUFFIX) && !fileName.endsWith(BACKUP_SUFFIX)) {
      return false;
    }
    for (String name : names) {
      if (fileName.startsWith("." + name + ".")) {
        String random = fileName.substring(name.length() + 2, fileName.length() - 4);
        if (!random.isEmpty() && random.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void requireReplaceable(Path dir, String name) throws IOException {
    Path target = dir.resolve(name);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (NoSuchFileException absent) {
      if (Files.isSymbolicLink(target)) {
        throw new IOException(target + ": a dangling symbolic link, not a file");
      }
      return;
    }
    if (!attributes.isRegularFile()) {
      String what = attributes.isDirectory() ? "a directory" : "not a regular file";
      throw new IOException(target + ": " + what + "; nothing was written");
    }
  }

  private static void writeDurably(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void keep(Path target, Path backup) throws IOException {
    try {
      Files.createLink(backup, target);
    } catch (UnsupportedOperationException | IOException noHardLink) {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private void undo(Path dir, List<String> renamed, Map<String, Path> backups, Exception failure) {
    for (String name : renamed) {
      Path target = dir.resolve(name);
      try {
        Path backup = backups.get(name);
        if (backup == null) {
          Files.deleteIfExists(target);
        } else {
          atomicMove(backup, target);
        }
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void deleteAll(Iterable<Path> files, Exception failure) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Makes the renames durable; some file systems cannot open a directory, which is fine. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupported) {
      // Best effort: the renames are done, only their durability across a power loss is not.
    }
  }

  private static void atomicMove(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
