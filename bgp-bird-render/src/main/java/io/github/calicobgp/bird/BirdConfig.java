package io.github.calicobgp.bird;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
   * Writes the six files (UTF-8) into {@code dir}, all or none: each goes to a temporary file in
   * {@code dir} first, and only when all are written are they renamed into place. If that fails,
   * the temporary files are deleted.
   *
   * @param dir the folder to write into, which must exist
   * @throws java.io.IOException if a file cannot be written or renamed; no file is replaced then
   */
  public void writeTo(Path dir) throws IOException {
    List<Path> temps = new ArrayList<>(FILE_NAMES.size());
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
        Path temp = dir.resolve("." + file.getKey() + "." + random + ".tmp");
        try (OutputStream out =
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          temps.add(temp);
          out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
      }
      int i = 0;
      for (String name : files.keySet()) {
        move(temps.get(i++), dir.resolve(name));
      }
    } catch (IOException | RuntimeException e) {
      for (Path temp : temps) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
