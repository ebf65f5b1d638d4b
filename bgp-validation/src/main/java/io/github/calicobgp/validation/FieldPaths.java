package io.github.calicobgp.validation;

import io.github.calicobgp.api.resource.WireName;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a Bean Validation property path in JSON names: {@code spec.exportV4[0].interface}, {@code
 * metadata.labels[Foo]}. The record types are walked from the root so that components annotated
 * with {@link WireName} print under their wire name.
 */
final class FieldPaths {

  private FieldPaths() {}

  static String render(Class<?> rootType, Path path) {
    StringBuilder b = new StringBuilder();
    @Nullable Type type = rootType;
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        b.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
        type = elementType(type);
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        RecordComponent component = component(type, node.getName());
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(wireName(component, node.getName()));
        type = component == null ? null : component.getGenericType();
      }
    }
    return b.toString();
  }

  private static @Nullable RecordComponent component(@Nullable Type type, String name) {
    if (type instanceof Class<?> c && c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        if (component.getName().equals(name)) {
          return component;
        }
      }
    }
    return null;
  }

  private static String wireName(@Nullable RecordComponent component, String name) {
    WireName wire = component == null ? null : component.getAnnotation(WireName.class);
    return wire == null ? name : wire.value();
  }

  /** The element type of a list, or the value type of a map. */
  private static @Nullable Type elementType(@Nullable Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return args[0];
      }
      if (Map.class.isAssignableFrom(raw)) {
        return args[1];
      }
    }
    return type;
  }
}
