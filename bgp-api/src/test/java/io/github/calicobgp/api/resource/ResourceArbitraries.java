package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * jqwik generators for every resource kind, filled by reflection over the records so that new
 * fields are covered without changes here. Strings are chosen to break naive YAML and JSON
 * writers: YAML 1.1 booleans and nulls ({@code yes}, {@code on}, {@code ~}), numbers in every Go
 * syntax ({@code 0x10}, {@code 1.10}, {@code 1_000}), sexagesimal-looking text ({@code 5663:12}),
 * YAML indicators, quotes, line breaks, control characters and non-ASCII text.
 *
 * <p>Values respect what the wire format can express: components that Calico always writes are
 * never null (Go cannot tell an absent one from its zero value), integers stay within their Go
 * type's range, and base64 fields hold valid base64.
 */
public final class ResourceArbitraries {

  private static final List<String> NASTY =
      List.of(
          "yes", "no", "on", "off", "y", "n", "Y", "N", "YES", "Off", "true", "False", "TRUE",
          "null", "Null", "NULL", "~", "", " ", "0", "-0", "0x10", "0X1f", "0o17", "017", "08",
          "0b101", "-0b1", "1.10", "1.0", "1e3", "1E+3", ".5", "-.5", "+5", "1_000", "_1",
          ".inf", "-.Inf", "+.INF", ".nan", "1e400", "18446744073709551616", "5663:12",
          "1:20:30", "2001-12-14", "2001-12-14T21:59:43.10-05:00", "<<", "=", " lead",
          "trail ", "a: b", "a:b", "#x", "a #b", "- x", "-", "--", "---", "...", "? q", "?",
          ":", "[a]", "{a: b}", "*ref", "&anchor", "!tag", "!!str", "%dir", "@at", "`tick",
          "|", ">", "'single'", "\"double\"", "it's", "say \"hi\"", "back\\slash",
          "multi\nline", "line\n", "\nlead", "two\n\nbreaks", "tab\there", "\t", "crlf\r\n",
          "cr\r", "été", "日本語", "emoji \uD83D\uDE00", "\u2028", "\u0085", "nul\u0000",
          "bell\u0007", "del\u007f", "\uFEFFbom", "zero\u200bwidth", "rtl \u202e");

  private ResourceArbitraries() {}

  /** Resources of every kind, the kind chosen uniformly. */
  public static Arbitrary<Resource> resources() {
    return Arbitraries.of(ResourceKind.values()).flatMap(k -> of(k.type()).map(r -> r));
  }

  /** Resources of one kind. */
  public static <T extends Resource> Arbitrary<T> of(Class<T> type) {
    return records(type);
  }

  /** Any record of the resource model (a spec, a rule, ...), filled by reflection. */
  public static <T> Arbitrary<T> records(Class<T> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a record");
    }
    if (type == IntOrString.class) {
      @SuppressWarnings("unchecked") // T is IntOrString
      Arbitrary<T> intOrStrings = (Arbitrary<T>) intOrStrings();
      return intOrStrings;
    }
    RecordComponent[] components = type.getRecordComponents();
    List<Arbitrary<Object>> parts = new ArrayList<>(components.length);
    for (RecordComponent c : components) {
      parts.add(component(c));
    }
    Constructor<T> constructor = canonicalConstructor(type, components);
    return Combinators.combine(parts).as(values -> construct(constructor, values));
  }

  /** Strings that YAML and JSON writers get wrong, mixed with random printable and Unicode text. */
  @SuppressWarnings("unchecked") // generic varargs of frequencyOf
  public static Arbitrary<String> nastyStrings() {
    Arbitrary<String> listed = Arbitraries.of(NASTY);
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
    Arbitrary<String> unicode =
        Arbitraries.strings()
            .withCharRange('\u0000', '\uD7FF')
            .withCharRange('\uE000', '\uFFFD')
            .ofMaxLength(8);
    Arbitrary<String> joined = Combinators.combine(listed, listed).as((a, b) -> a + b);
    return Arbitraries.frequencyOf(
        Tuple.of(4, listed), Tuple.of(2, ascii), Tuple.of(1, unicode), Tuple.of(2, joined));
  }

  /** Maps of nasty keys and values, such as labels. */
  public static Arbitrary<Map<String, String>> stringMaps() {
    return Arbitraries.maps(nastyStrings(), nastyStrings()).ofMaxSize(3);
  }

  /** Maps whose values are valid standard base64 (a Secret's {@code data}). */
  public static Arbitrary<Map<String, String>> base64Maps() {
    return Arbitraries.maps(nastyStrings(), base64Strings()).ofMaxSize(3);
  }

  /** Standard base64 text of random bytes. */
  public static Arbitrary<String> base64Strings() {
    return nastyStrings()
        .map(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
  }

  /** AS numbers over the whole range, edges included. */
  public static Arbitrary<ASNumber> asNumbers() {
    return Arbitraries.longs()
        .between(0, 0xffff_ffffL)
        .edgeCases(e -> e.add(0L, 65535L, 65536L, 0xffff_ffffL))
        .map(ASNumber::of);
  }

  /** Durations written in Go's syntax: plain, compound, fractional, negative, zero. */
  public static Arbitrary<GoDuration> durations() {
    Arbitrary<String> simple =
        Combinators.combine(
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.of("ns", "us", "ms", "s", "m", "h"))
            .as((n, unit) -> n + unit);
    Arbitrary<String> text =
        Arbitraries.oneOf(
            simple,
            simple.map(s -> "-" + s),
            Arbitraries.of("0s", "1m30s", "1h0m0s", "1.5h", "2h45m10.5s", "300ms", "0"));
    return text.map(GoDuration::parse);
  }

  /** Kubernetes IntOrString values: ports as numbers, names as (nasty) strings. */
  public static Arbitrary<IntOrString> intOrStrings() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(IntOrString::of), nastyStrings().map(IntOrString::of));
  }

  private static Arbitrary<Object> component(RecordComponent c) {
    Arbitrary<?> value = value(c.getGenericType(), c);
    boolean collection = c.getType() == List.class || c.getType() == Map.class;
    boolean required =
        collection
            || c.isAnnotationPresent(AlwaysWritten.class)
            || c.getType() == ObjectMeta.class
            || !isNullable(c);
    Arbitrary<Object> any = value.map(v -> v);
    return required ? any : any.injectNull(0.3);
  }

  /** Components without @Nullable are metadata and specs, which records default when null. */
  private static boolean isNullable(RecordComponent c) {
    return Arrays.stream(c.getAnnotatedType().getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static Arbitrary<?> value(Type t, @Nullable RecordComponent c) {
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      if (p.getRawType() == List.class) {
        return value(p.getActualTypeArguments()[0], null).list().ofMaxSize(3);
      }
      boolean base64 = c != null && c.isAnnotationPresent(Base64Encoded.class);
      return base64 ? base64Maps() : stringMaps();
    }
    Class<?> type = (Class<?>) t;
    if (type == String.class) {
      return nastyStrings();
    }
    if (type == Boolean.class) {
      return Arbitraries.of(true, false);
    }
    if (type == Integer.class || type == Long.class) {
      WireRange range = c == null ? null : c.getAnnotation(WireRange.class);
      boolean isInt = type == Integer.class;
      long min = range != null ? range.min() : isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
      long max = range != null ? range.max() : isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
      Arbitrary<Long> longs = Arbitraries.longs().between(min, max);
      return isInt ? longs.map(Long::intValue) : longs;
    }
    if (type == ASNumber.class) {
      return asNumbers();
    }
    if (type == GoDuration.class) {
      return durations();
    }
    return records(type);
  }

  private static <T> Constructor<T> canonicalConstructor(Class<T> type, RecordComponent[] rcs) {
    try {
      return type.getDeclaredConstructor(
          Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T construct(Constructor<T> constructor, List<Object> values) {
    try {
      return constructor.newInstance(values.toArray());
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + constructor.getDeclaringClass(), e);
    }
  }
}
