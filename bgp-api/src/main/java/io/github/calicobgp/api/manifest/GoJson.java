package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Mapping;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import io.github.calicobgp.api.manifest.Tree.Sequence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON that Calico keeps inside annotations, written and read as Go's {@code encoding/json}
 * does: {@code json.Marshal} of a {@code map[string]string} (keys sorted, {@code <>&} escaped)
 * and {@code json.Unmarshal} into one.
 */
final class GoJson {

  private GoJson() {}

  /** {@code json.Marshal(m)} of a {@code map[string]string}; {@code null} for a nil map. */
  static String marshal(@Nullable Map<String, String> m) {
    if (m == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
      if (b.length() > 1) {
        b.append(',');
      }
      quote(b, e.getKey());
      b.append(':');
      quote(b, e.getValue());
    }
    return b.append('}').toString();
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          // Go escapes control characters, the HTML-sensitive <, > and &, and U+2028/U+2029.
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /**
   * Parses JSON text as one value.
   *
   * @throws IllegalArgumentException when it is not JSON
   */
  static Tree parse(String json) {
    Problems problems = new Problems(Integer.MAX_VALUE);
    JsonTrees.Result r = JsonTrees.read(json, "annotation", ReadLimits.DEFAULT, problems);
    if (r.tree() == null) {
      throw new IllegalArgumentException(r.error() != null ? r.error() : "not JSON");
    }
    return r.tree();
  }

  /**
   * {@code json.Unmarshal} into a {@code map[string]string}: null for JSON {@code null}, a
   * {@code null} value becomes {@code ""}.
   *
   * @throws IllegalArgumentException when the text is not JSON or not an object of strings
   */
  static @Nullable Map<String, String> stringMap(String json) {
    Tree t = parse(json);
    if (isNull(t)) {
      return null;
    }
    if (!(t instanceof Mapping)) {
      throw new IllegalArgumentException("not a JSON object of strings");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Tree.Entry e : ((Mapping) t).entries()) {
      String key = ((Scalar) e.key()).text();
      Tree v = e.value();
      if (isNull(v)) {
        out.put(key, "");
      } else if (v instanceof Scalar && ((Scalar) v).kind() == Kind.STRING) {
        out.put(key, ((Scalar) v).text());
      } else {
        throw new IllegalArgumentException("the value of \"" + key + "\" is not a string");
      }
    }
    return out;
  }

  static boolean isNull(Tree t) {
    return t instanceof Scalar && ((Scalar) t).kind() == Kind.NULL;
  }

  /** The member of a JSON object matched as Go matches struct fields: exact, else ignoring case. */
  static @Nullable Tree member(Mapping m, String name) {
    Tree folded = null;
    for (Tree.Entry e : m.entries()) {
      String key = ((Scalar) e.key()).text();
      if (key.equals(name)) {
        return e.value();
      }
      if (folded == null && key.equalsIgnoreCase(name)) {
        folded = e.value();
      }
    }
    return folded;
  }

  static boolean isSequence(@Nullable Tree t) {
    return t instanceof Sequence;
  }
}
