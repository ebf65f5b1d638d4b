package io.github.calicobgp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Prints a tree of maps (in insertion order), lists, strings, numbers, booleans and nulls as JSON
 * or YAML: the machine-readable forms of {@code peers} and {@code sessions}.
 *
 * <p>A list may also be a {@link Rows}: items made as they are printed, so that the millions of
 * sessions of a large mesh are written one by one, never held together. The text is the same as
 * for a list of the same items.
 */
final class StructuredOutput {

  private StructuredOutput() {}

  /**
   * Items of a list made as they are printed: a view of a sequence too large to hold.
   *
   * @param items the items, iterated once per printing
   */
  record Rows(Iterable<?> items) {}

  /** Prints {@code value} as pretty JSON followed by a newline, streaming as it goes. */
  static void printJson(Object value, PrintWriter out) {
    // Written straight to out, which the generator must not close.
    try (JsonGenerator json = new JsonFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.useDefaultPrettyPrinter();
      write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /**
   * Prints {@code value} as a block-style YAML document. A map whose values include {@link Rows}
   * is printed entry by entry, each item of the rows as a document of one item: block style
   * writes a sequence under a key without indenting it, so the text is that of the whole tree.
   */
  static void printYaml(Object value, PrintWriter out) {
    Dump dump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build());
    if (!(value instanceof Map<?, ?> map) || map.values().stream().noneMatch(Rows.class::isInstance)) {
      out.print(dump.dumpToString(materialized(value)));
      return;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getValue() instanceof Rows rows && rows.items().iterator().hasNext()) {
        out.print(dump.dumpToString(Map.of(entry.getKey(), List.of())).replace(" []\n", "\n"));
        for (Object item : rows.items()) {
          out.print(dump.dumpToString(List.of(materialized(item))));
        }
      } else {
        Map<Object, Object> one = new LinkedHashMap<>();
        one.put(entry.getKey(), materialized(entry.getValue()));
        out.print(dump.dumpToString(one));
      }
    }
  }

  /** {@code value} with every {@link Rows} made into a list. */
  private static Object materialized(Object value) {
    if (value instanceof Rows rows) {
      List<Object> items = new ArrayList<>();
      rows.items().forEach(item -> items.add(materialized(item)));
      return items;
    }
    if (value instanceof Map<?, ?> map && map.values().stream().anyMatch(Rows.class::isInstance)) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, materialized(v)));
      return copy;
    }
    return value;
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName(String.valueOf(e.getKey()));
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> || value instanceof Rows) {
      Iterable<?> items = value instanceof Rows rows ? rows.items() : (List<?>) value;
      json.writeStartArray();
      for (Object item : items) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else {
      json.writeString(value.toString());
    }
  }
}
