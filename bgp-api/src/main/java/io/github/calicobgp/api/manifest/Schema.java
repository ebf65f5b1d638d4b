package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.resource.AlwaysWritten;
import io.github.calicobgp.api.resource.Base64Encoded;
import io.github.calicobgp.api.resource.IntOrString;
import io.github.calicobgp.api.resource.WireName;
import io.github.calicobgp.api.resource.WireRange;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wire shape of a resource record, derived once per class by reflection: each component's
 * JSON name, value type and writing rule, in declaration order (Calico's field order).
 */
final class Schema {

  /** The wire type of a component, list element or map value. */
  sealed interface WireType {}

  /** A string; booleans and numbers are turned into text. */
  enum Scalar implements WireType {
    STRING,
    BOOLEAN,
    AS_NUMBER,
    DURATION,
    INT_OR_STRING
  }

  /** An integer of a Go type's range, held in an Integer or a Long. */
  record Int(String goType, long min, long max, boolean isLong) implements WireType {}

  /** A nested record. */
  record Rec(Class<?> type) implements WireType {}

  /** A list. */
  record ListOf(WireType element) implements WireType {}

  /** A map from strings to strings (base64 text when {@code base64}). */
  record MapOf(boolean base64) implements WireType {}

  /**
   * One record component. {@code nullable} marks a collection declared {@code @Nullable}, where
   * absent (null) and empty differ, as Go's {@code != nil} tells a missing list from {@code []}.
   */
  record Component(
      int index, String wireName, WireType type, boolean alwaysWritten, boolean nullable,
      Method accessor) {

    /** This component's value in {@code record}. */
    @Nullable Object get(Object record) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  private static final ClassValue<Schema> CACHE =
      new ClassValue<>() {
        @Override
        protected Schema computeValue(Class<?> type) {
          return new Schema(type);
        }
      };

  private final Class<?> type;
  private final List<Component> components;
  private final Map<String, Component> byWireName;
  private final Constructor<?> constructor;

  private Schema(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    this.type = type;
    RecordComponent[] rcs = type.getRecordComponents();
    List<Component> list = new ArrayList<>(rcs.length);
    Map<String, Component> byName = new HashMap<>();
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      RecordComponent rc = rcs[i];
      WireName wn = rc.getAnnotation(WireName.class);
      String name = wn == null ? rc.getName() : wn.value();
      Component c =
          new Component(
              i,
              name,
              wireType(rc.getGenericType(), rc),
              rc.isAnnotationPresent(AlwaysWritten.class),
              rc.getAnnotatedType().isAnnotationPresent(Nullable.class),
              rc.getAccessor());
      list.add(c);
      byName.put(name, c);
      types[i] = rc.getType();
    }
    this.components = List.copyOf(list);
    this.byWireName = Map.copyOf(byName);
    try {
      this.constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
    }
  }

  /** The schema of record class {@code type}. */
  static Schema of(Class<?> type) {
    return CACHE.get(type);
  }

  List<Component> components() {
    return components;
  }

  @Nullable Component byWireName(String name) {
    return byWireName.get(name);
  }

  /** The component whose wire name equals {@code name} ignoring case, if exactly that differs. */
  @Nullable Component byWireNameIgnoringCase(String name) {
    for (Component c : components) {
      if (c.wireName().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Builds the record through its canonical constructor.
   *
   * @throws IllegalArgumentException with the constructor's message when it rejects the values
   */
  Object construct(Object[] args) {
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
        throw new IllegalArgumentException(cause.getMessage(), cause);
      }
      throw new IllegalStateException("cannot build " + type.getName(), cause);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private static WireType wireType(Type t, @Nullable RecordComponent rc) {
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      Type raw = p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return new ListOf(wireType(args[0], null));
      }
      if (raw == Map.class && args[0] == String.class && args[1] == String.class) {
        return new MapOf(rc != null && rc.isAnnotationPresent(Base64Encoded.class));
      }
    } else if (t instanceof Class<?>) {
      Class<?> c = (Class<?>) t;
      WireRange range = rc == null ? null : rc.getAnnotation(WireRange.class);
      if (c == String.class) {
        return Scalar.STRING;
      }
      if (c == Boolean.class) {
        return Scalar.BOOLEAN;
      }
      if (c == ASNumber.class) {
        return Scalar.AS_NUMBER;
      }
      if (c == GoDuration.class) {
        return Scalar.DURATION;
      }
      if (c == IntOrString.class) {
        return Scalar.INT_OR_STRING;
      }
      if (c == Integer.class) {
        return range != null
            ? new Int(range.goType(), range.min(), range.max(), false)
            : new Int("int32", Integer.MIN_VALUE, Integer.MAX_VALUE, false);
      }
      if (c == Long.class) {
        return range != null
            ? new Int(range.goType(), range.min(), range.max(), true)
            : new Int("int64", Long.MIN_VALUE, Long.MAX_VALUE, true);
      }
      if (c.isRecord()) {
        return new Rec(c);
      }
    }
    throw new IllegalStateException("unsupported component type " + t);
  }
}
