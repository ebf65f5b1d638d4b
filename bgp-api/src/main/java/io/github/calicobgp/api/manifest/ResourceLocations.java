package io.github.calicobgp.api.manifest;

import java.util.Map;

/**
 * Where one resource and each of its values were read: the resource's start, and the location
 * of every value by field path ({@code spec.peerIP}, {@code spec.exportV4[0]}, {@code
 * metadata.labels[app]}).
 */
record ResourceLocations(SourceLocation start, Map<String, SourceLocation> fields) {

  ResourceLocations {
    fields = Map.copyOf(fields);
  }

  /** The location of {@code path}, else of its nearest recorded ancestor, else the start. */
  SourceLocation find(String path) {
    String p = path;
    while (!p.isEmpty()) {
      SourceLocation here = fields.get(p);
      if (here != null) {
        return here;
      }
      p = parent(p);
    }
    return start;
  }

  /** {@code a.b[0]} → {@code a.b}, {@code a.b} → {@code a}, {@code a} → {@code ""}. */
  private static String parent(String path) {
    int cut =
        path.endsWith("]")
            ? path.lastIndexOf('[')
            : Math.max(path.lastIndexOf('.'), path.lastIndexOf(']') + 1);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
