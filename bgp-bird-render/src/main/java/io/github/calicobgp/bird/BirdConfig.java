package io.github.calicobgp.bird;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The six BIRD configuration files of one node, as calico-node writes them. Two configs are equal
 * when their six files have the same contents (and they need the same BIRD build); {@link
 * #changedFiles} says which files differ, so that an agent rewrites only those.
 */
public final class BirdConfig {

  /** The file names, in the order of {@link #files()}. */
  public static final List<String> FILE_NAMES =
      List.of(
          "bird.cfg",
          "bird6.cfg",
          "bird_ipam.cfg",
          "bird6_ipam.cfg",
          "bird_aggr.cfg",
          "bird6_aggr.cfg");

  private final Map<String, String> files;
  private final boolean requiresCalicoBird;

  BirdConfig(Map<String, String> files, boolean requiresCalicoBird) {
    if (!files.keySet().equals(Set.copyOf(FILE_NAMES))) {
      throw new IllegalArgumentException("a BIRD config has exactly the files " + FILE_NAMES);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : FILE_NAMES) {
      ordered.put(name, files.get(name));
    }
    this.files = Collections.unmodifiableMap(ordered);
    this.requiresCalicoBird = requiresCalicoBird;
  }

  /**
   * File name to content, in the order of {@link #FILE_NAMES}.
   *
   * @return the file names and contents, in the order of {@link #FILE_NAMES}
   */
  public Map<String, String> files() {
    return files;
  }

  /**
   * {@return the content of one file, e.g. {@code file("bird.cfg")}}
   *
   * @param name one of {@link #FILE_NAMES}
   */
  public String file(String name) {
    String text = files.get(name);
    if (text == null) {
      throw new IllegalArgumentException("no BIRD file " + name + "; the files are " + FILE_NAMES);
    }
    return text;
  }

  /**
   * {@return whether the files use {@code krt_tunnel}, an attribute of Calico's BIRD fork (for IPIP
   * pools whose routes BIRD programs): stock BIRD 1.6 cannot parse them}
   */
  public boolean requiresCalicoBird() {
    return requiresCalicoBird;
  }

  /**
   * The names of the files whose contents differ between this config and {@code other}, in the
   * order of {@link #FILE_NAMES}; empty when the files are the same.
   *
   * @param other the config to compare with
   * @return the names of the files that differ
   */
  public Set<String> changedFiles(BirdConfig other) {
    Objects.requireNonNull(other, "other");
    Set<String> changed = new LinkedHashSet<>();
    for (String name : FILE_NAMES) {
      if (!files.get(name).equals(other.files.get(name))) {
        changed.add(name);
      }
    }
    return Collections.unmodifiableSet(changed);
  }

  /**
   * Whether {@code o} is a BirdConfig with the same six file contents and the same need for
   * Calico's BIRD.
   *
   * @param o the object to compare with
   * @return whether the configs are equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof BirdConfig other
        && requiresCalicoBird == other.requiresCalicoBird && files.equals(other.files);
  }

  /**
   * A hash of the six file contents.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * files.hashCode() + Boolean.hashCode(requiresCalicoBird);
  }

  /**
   * Writes the six files (UTF-8) into {@code dir}, all or nothing: every target must be a regular
   * file or absent, all six are staged beside their targets and forced to disk, the old files are
   * kept as backups, and only then are the staged files renamed into place; if any step fails,
   * the targets already renamed get their old files back. See {@link StagedFileSwap} for exactly
   * what this guarantees and what no file system lets it guarantee.
   *
   * @param dir an existing directory
   * @throws IOException if a file cannot be written or renamed; {@code dir} is then as it was
   */
  public void writeTo(Path dir) throws IOException {
    new StagedFileSwap().swap(dir, bytes(FILE_NAMES));
  }

  /**
   * Writes only the files whose bytes differ from those in {@code dir} (or that are missing
   * there), all or nothing, as {@link #writeTo} does.
   *
   * @param dir an existing directory
   * @return the names of the files written, in the order of {@link #FILE_NAMES}; empty when
   *     {@code dir} already held these bytes
   * @throws IOException if a file cannot be read, written or renamed; {@code dir} is then as it
   *     was
   */
  public List<String> writeChangedTo(Path dir) throws IOException {
    List<String> changed = changedFiles(dir);
    if (!changed.isEmpty()) {
      new StagedFileSwap().swap(dir, bytes(changed));
    }
    return changed;
  }

  /**
   * The names of the files whose bytes in {@code dir} differ from these, or that are missing or
   * not regular files there.
   *
   * @param dir a directory
   * @return the differing names, in the order of {@link #FILE_NAMES}
   * @throws IOException if a file exists but cannot be read
   */
  public List<String> changedFiles(Path dir) throws IOException {
    List<String> changed = new ArrayList<>();
    for (String name : FILE_NAMES) {
      Path target = dir.resolve(name);
      if (!Files.isRegularFile(target)
          || !Arrays.equals(Files.readAllBytes(target), utf8(name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  /**
   * Deletes the staged files and backups that a process killed in the middle of {@link #writeTo}
   * left in {@code dir} (dot files named after the six files); the six files themselves are
   * each complete, old or new.
   *
   * @param dir the directory written to
   * @return how many leftovers were deleted
   * @throws IOException if {@code dir} cannot be listed or a leftover cannot be deleted
   */
  public static int removeLeftovers(Path dir) throws IOException {
    return StagedFileSwap.removeLeftovers(dir, FILE_NAMES);
  }

  /**
   * Whether {@code fileName} is a staged file or backup that {@link #writeTo} makes and deletes.
   *
   * @param fileName a file name without directory
   * @return whether it is one of those leftovers
   */
  public static boolean isLeftover(String fileName) {
    return StagedFileSwap.isLeftover(fileName, FILE_NAMES);
  }

  byte[] utf8(String name) {
    return file(name).getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, byte[]> bytes(List<String> names) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (String name : names) {
      contents.put(name, utf8(name));
    }
    return contents;
  }
}
