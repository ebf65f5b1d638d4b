package io.github.calicobgp.api.validation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes plain trees (maps, lists, strings, numbers, booleans) as block-style YAML in which every
 * string is double-quoted, so that no YAML 1.1 resolution rule can change its type.
 */
final class YamlText {

  private YamlText() {}

  static String of(Map<String, @Nullable Object> document) {
    StringBuilder b = new StringBuilder();
    entries(document, 0, b);
    return b.toString();
  }

  private static void entries(Map<?, ?> map, int indent, StringBuilder b) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      b.append(" ".repeat(indent)).append(quote(String.valueOf(e.getKey()))).append(':');
      node(e.getValue(), indent + 2, b);
    }
  }

  /** Writes {@code value} after a {@code key:} or {@code -} that is already written. */
  private static void node(@Nullable Object value, int indent, StringBuilder b) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      b.append('\n');
      entries(map, indent, b);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      b.append('\n');
      for (Object item : list) {
        b.append(" ".repeat(indent)).append('-');
        node(item, indent + 2, b);
      }
    } else {
      b.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?>) {
      return "{}";
    }
    if (value instanceof List<?>) {
      return "[]";
    }
    return value instanceof String s ? quote(s) : String.valueOf(value);
  }

  /** A YAML double-quoted scalar (its escapes are JSON's). */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
