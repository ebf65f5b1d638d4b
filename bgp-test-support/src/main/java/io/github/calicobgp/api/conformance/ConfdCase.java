package io.github.calicobgp.api.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One case of the calico-confd corpus: the node to render, the router id, and either the golden
 * files to compare or the expected number of {@code protocol bgp} in {@code bird.cfg}.
 *
 * @param id the case id (its folder's name)
 * @param dir the case's folder
 * @param node the node to render ({@code --node})
 * @param routerId the router id ({@code --router-id}), if the case gives one
 * @param expectPeerCount for count cases: the number of {@code protocol bgp} in bird.cfg
 * @param files the golden files under {@code expected/} to compare
 */
public record ConfdCase(
    String id,
    Path dir,
    String node,
    @Nullable String routerId,
    @Nullable Integer expectPeerCount,
    List<String> files) {

  /** The case's resources. */
  public Path input() {
    return dir.resolve("input.yaml");
  }

  /** A golden file of the case. */
  public Path expected(String file) {
    return dir.resolve("expected").resolve(file);
  }

  /** Reads {@code case.yaml} the way the corpus runner does: top-level scalars and one list. */
  static ConfdCase read(Path dir) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve("case.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String node = scalar(lines, "node");
    if (node == null) {
      throw new IllegalStateException(dir + "/case.yaml has no node");
    }
    String count = scalar(lines, "expectPeerCount");
    return new ConfdCase(dir.getFileName().toString(), dir, node, scalar(lines, "routerId"),
        count == null ? null : Integer.valueOf(count), files(lines));
  }

  private static @Nullable String scalar(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        return unquote(line.substring(key.length() + 1));
      }
    }
    return null;
  }

  private static List<String> files(List<String> lines) {
    List<String> files = new ArrayList<>();
    boolean inFiles = false;
    for (String line : lines) {
      if (line.startsWith("files:")) {
        String inline = line.substring("files:".length()).trim();
        if (inline.startsWith("[")) {
          for (String item : inline.substring(1, inline.length() - 1).split(",")) {
            if (!item.isBlank()) {
              files.add(unquote(item));
            }
          }
          return files;
        }
        inFiles = true;
      } else if (inFiles && line.trim().startsWith("- ")) {
        files.add(unquote(line.trim().substring(2)));
      } else if (inFiles && !line.startsWith(" ") && !line.isBlank()) {
        inFiles = false;
      }
    }
    return files;
  }

  private static String unquote(String value) {
    String v = value.trim();
    if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
