package io.github.calicobgp.api.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.calicobgp.api.manifest.Schema.Component;
import io.github.calicobgp.api.manifest.Schema.Int;
import io.github.calicobgp.api.manifest.Schema.ListOf;
import io.github.calicobgp.api.manifest.Schema.MapOf;
import io.github.calicobgp.api.manifest.Schema.Rec;
import io.github.calicobgp.api.manifest.Schema.WireType;
import io.github.calicobgp.api.resource.IntOrString;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * Writes resources as Calico does: {@code apiVersion}, {@code kind}, then the components in
 * Go field order; null components and empty lists and maps left out unless {@link
 * io.github.calicobgp.api.resource.AlwaysWritten}; map keys sorted by their UTF-8 bytes (Go's
 * order).
 */
final class ManifestWriter {

  private ManifestWriter() {}

  /** Where a resource's structure goes: YAML events or JSON tokens. */
  private interface Sink {
    void startObject();

    void endObject();

    void key(String key);

    void startArray();

    void endArray();

    void string(String value);

    void number(long value);

    void bool(boolean value);
  }

  static String yaml(Collection<? extends Resource> resources) {
    StringBuilder out = new StringBuilder();
    YamlSink sink = new YamlSink(out);
    boolean first = true;
    for (Resource r : resources) {
      sink.emit(new DocumentStartEvent(!first, Optional.empty(), Map.of()));
      resource(r, sink);
      sink.emit(new DocumentEndEvent(false));
      first = false;
    }
    sink.emit(new StreamEndEvent());
    return out.toString();
  }

  static String json(Collection<? extends Resource> resources, boolean asList) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      JsonSink sink = new JsonSink(g);
      if (asList) {
        sink.startObject();
        sink.key("apiVersion");
        sink.string("v1");
        sink.key("kind");
        sink.string("List");
        sink.key("items");
        sink.startArray();
      }
      for (Resource r : resources) {
        resource(r, sink);
      }
      if (asList) {
        sink.endArray();
        sink.endObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /** Two-space indentation, {@code "key": value}, {@code []} and {@code {}} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }

  private static void resource(Resource r, Sink out) {
    out.startObject();
    out.key("apiVersion");
    out.string(r.apiVersion());
    out.key("kind");
    out.string(r.kind());
    fields(r, Schema.of(r.getClass()), out);
    out.endObject();
  }

  private static void fields(Object record, Schema schema, Sink out) {
    for (Component c : schema.components()) {
      Object v = c.get(record);
      // A nullable collection keeps [] apart from absent, so an empty one is written.
      if (!c.alwaysWritten() && (v == null || !c.nullable() && isEmptyCollection(v))) {
        continue;
      }
      out.key(c.wireName());
      value(c.type(), v == null ? zero(c) : v, out);
    }
  }

  private static boolean isEmptyCollection(Object v) {
    return (v instanceof Collection<?> && ((Collection<?>) v).isEmpty())
        || (v instanceof Map<?, ?> && ((Map<?, ?>) v).isEmpty());
  }

  /** What Go writes for a field it always writes when it holds the zero value. */
  private static Object zero(Component c) {
    WireType t = c.type();
    if (t == Schema.Scalar.STRING) {
      return "";
    }
    if (t == Schema.Scalar.BOOLEAN) {
      return false;
    }
    if (t instanceof Int) {
      return 0L;
    }
    if (t instanceof ListOf) {
      return List.of();
    }
    if (t instanceof MapOf) {
      return Map.of();
    }
    throw new IllegalStateException("no zero value for always-written " + c);
  }

  private static void value(WireType t, Object v, Sink out) {
    if (t instanceof Rec) {
      out.startObject();
      fields(v, Schema.of(((Rec) t).type()), out);
      out.endObject();
    } else if (t instanceof ListOf) {
      out.startArray();
      for (Object item : (List<?>) v) {
        value(((ListOf) t).element(), item, out);
      }
      out.endArray();
    } else if (t instanceof MapOf) {
      out.startObject();
      Map<?, ?> map = (Map<?, ?>) v;
      String[] keys = map.keySet().toArray(new String[0]);
      Arrays.sort(keys, ManifestWriter::compareUtf8);
      for (String k : keys) {
        out.key(k);
        out.string((String) map.get(k));
      }
      out.endObject();
    } else if (t instanceof Int) {
      out.number(((Number) v).longValue());
    } else if (t == Schema.Scalar.BOOLEAN) {
      out.bool((Boolean) v);
    } else if (t == Schema.Scalar.AS_NUMBER) {
      out.number(((ASNumber) v).value());
    } else if (t == Schema.Scalar.INT_OR_STRING) {
      IntOrString ios = (IntOrString) v;
      if (ios.intValue() != null) {
        out.number(ios.intValue());
      } else {
        out.string(String.valueOf(ios.stringValue()));
      }
    } else {
      out.string(v.toString());
    }
  }

  private static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * YAML through snakeyaml-engine's emitter. A string is allowed to be plain only when go-yaml
   * v2 would read the plain text back as that string; otherwise the emitter quotes it.
   */
  private static final class YamlSink implements Sink {
    private final Emitter emitter;

    YamlSink(StringBuilder out) {
      DumpSettings settings =
          DumpSettings.builder()
              .setUseUnicodeEncoding(true)
              .setSplitLines(false)
              .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
              .setIndent(2)
              .build();
      StreamDataWriter writer =
          new StreamDataWriter() {
            @Override
            public void write(String str) {
              out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
              out.append(str, off, off + len);
            }
          };
      emitter = new Emitter(settings, writer);
      emitter.emit(new StreamStartEvent());
    }

    void emit(org.snakeyaml.engine.v2.events.Event e) {
      emitter.emit(e);
    }

    @Override
    public void startObject() {
      emit(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
    }

    @Override
    public void endObject() {
      emit(new MappingEndEvent());
    }

    @Override
    public void key(String key) {
      string(key);
    }

    @Override
    public void startArray() {
      emit(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
    }

    @Override
    public void endArray() {
      emit(new SequenceEndEvent());
    }

    /**
     * A string that go-yaml would read as something else when plain ({@code yes}, {@code 0x10},
     * {@code ""}) is double-quoted; any other may be plain, and the emitter quotes it if its
     * characters need that.
     */
    @Override
    public void string(String value) {
      boolean plain = GoYaml.plainIsString(value);
      scalar(value, new ImplicitTuple(plain, true), plain ? ScalarStyle.PLAIN
          : ScalarStyle.DOUBLE_QUOTED);
    }

    @Override
    public void number(long value) {
      scalar(Long.toString(value), new ImplicitTuple(true, false), ScalarStyle.PLAIN);
    }

    @Override
    public void bool(boolean value) {
      scalar(Boolean.toString(value), new ImplicitTuple(true, false), ScalarStyle.PLAIN);
    }

    private void scalar(String text, ImplicitTuple implicit, ScalarStyle style) {
      emit(new ScalarEvent(Optional.empty(), Optional.empty(), implicit, text, style));
    }
  }

  /** JSON through jackson-core. */
  private static final class JsonSink implements Sink {
    private final JsonGenerator g;

    JsonSink(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public void startObject() {
      run(g::writeStartObject);
    }

    @Override
    public void endObject() {
      run(g::writeEndObject);
    }

    @Override
    public void key(String key) {
      run(() -> g.writeFieldName(key));
    }

    @Override
    public void startArray() {
      run(g::writeStartArray);
    }

    @Override
    public void endArray() {
      run(g::writeEndArray);
    }

    @Override
    public void string(String value) {
      run(() -> g.writeString(value));
    }

    @Override
    public void number(long value) {
      run(() -> g.writeNumber(value));
    }

    @Override
    public void bool(boolean value) {
      run(() -> g.writeBoolean(value));
    }

    private interface Write {
      void run() throws IOException;
    }

    private static void run(Write w) {
      try {
        w.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
