package io.github.calicobgp.api.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.TreeNode;
import io.github.calicobgp.api.manifest.Tree.Entry;
import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Mapping;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import io.github.calicobgp.api.manifest.Tree.Sequence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trees of objects already in memory: a Jackson tree or nested maps and lists. Every value is
 * located at {@code origin} with line 0, which prints as the origin alone.
 */
final class MemoryTrees {

  private MemoryTrees() {}

  /** A Jackson tree ({@code JsonNode} or any other {@link TreeNode}). */
  static Tree of(TreeNode node, SourceLocation at) {
    if (node.isObject()) {
      List<Entry> entries = new ArrayList<>(node.size());
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        entries.add(new Entry(Scalar.string(at, name), of(node.get(name), at), false));
      }
      return new Mapping(at, entries);
    }
    if (node.isArray()) {
      List<Tree> items = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        items.add(of(node.get(i), at));
      }
      return new Sequence(at, items);
    }
    JsonToken t = node.asToken();
    if (t == null || node.isMissingNode() || t == JsonToken.VALUE_NULL) {
      return new Scalar(at, Kind.NULL, "null", null);
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return new Scalar(at, Kind.BOOL, String.valueOf(t == JsonToken.VALUE_TRUE),
          t == JsonToken.VALUE_TRUE);
    }
    String text = text(node);
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return GoYaml.plain(text, at);
    }
    return Scalar.string(at, text);
  }

  private static String text(TreeNode node) {
    try (JsonParser p = node.traverse()) {
      p.nextToken();
      if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT) {
        Object embedded = p.getEmbeddedObject();
        if (embedded instanceof byte[]) {
          return java.util.Base64.getEncoder().encodeToString((byte[]) embedded);
        }
        return String.valueOf(embedded);
      }
      return p.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Nested maps, lists and scalars as a generic Kubernetes client holds an object (fabric8's
   * {@code GenericKubernetesResource.getAdditionalProperties()}, a map from a JSON library).
   */
  static Tree of(@Nullable Object value, SourceLocation at) {
    if (value == null) {
      return new Scalar(at, Kind.NULL, "null", null);
    }
    if (value instanceof Map<?, ?> map) {
      List<Entry> entries = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        entries.add(new Entry(Scalar.string(at, String.valueOf(e.getKey())),
            of(e.getValue(), at), false));
      }
      return new Mapping(at, entries);
    }
    if (value instanceof Iterable<?> list) {
      List<Tree> items = new ArrayList<>();
      for (Object item : list) {
        items.add(of(item, at));
      }
      return new Sequence(at, items);
    }
    if (value instanceof Object[] array) {
      return of(List.of(array), at);
    }
    if (value instanceof Boolean b) {
      return new Scalar(at, Kind.BOOL, b.toString(), b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      return new Scalar(at, Kind.INT, value.toString(), new BigInteger(value.toString()));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return new Scalar(at, Kind.FLOAT, value.toString(), d);
    }
    if (value instanceof BigDecimal bd) {
      return new Scalar(at, Kind.FLOAT, bd.toString(), bd.doubleValue());
    }
    if (value instanceof TreeNode node) {
      return of(node, at);
    }
    return Scalar.string(at, value.toString());
  }
}
