package io.github.calicobgp.api.etcd;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.ManifestException.Problem;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.manifest.SourceLocation;
import io.github.calicobgp.api.resource.Resource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * A dump of Calico's etcd datastore, in either form {@code etcdctl} prints:
 *
 * <ul>
 *   <li>{@code etcdctl get --prefix /calico -w json}: one JSON object whose {@code kvs} hold
 *       base64 keys and values;
 *   <li>{@code etcdctl get --prefix /calico}: a key line, then its value line, for every key.
 * </ul>
 *
 * <p>Keys this library does not read are skipped as Calico's syncer skips them ({@link
 * EtcdLayout}); a value that does not decode is an error naming the dump, its line and the key,
 * as for any other file.
 */
public final class EtcdDump {

  private static final JsonFactory JSON = new JsonFactory();

  private EtcdDump() {}

  /**
   * One key and value of a dump.
   *
   * @param key the etcd key
   * @param value the value's bytes
   * @param line the line of the dump it was read from (of the key), from 1
   */
  public record Entry(String key, byte[] value, int line) {}

  /**
   * Whether {@code text} is an etcd dump rather than a manifest: its first line is a {@code
   * /calico/} key, or it is a JSON object whose first field is etcdctl's {@code header} or
   * {@code kvs}.
   *
   * @param text the beginning of a file (or all of it)
   * @return whether it is a dump
   */
  public static boolean isDump(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String start = t.stripLeading();
    if (start.startsWith(EtcdLayout.PREFIX)) {
      return true;
    }
    if (!start.startsWith("{")) {
      return false;
    }
    try (JsonParser p = JSON.createParser(start)) {
      p.nextToken();
      if (p.nextToken() != JsonToken.FIELD_NAME) {
        return false;
      }
      String first = p.currentName();
      return first.equals("header") || first.equals("kvs");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The entries of a dump, in order.
   *
   * @param text the dump
   * @param sourceName names the dump in messages
   * @return its keys and values
   * @throws ManifestException when the dump itself is malformed
   */
  public static List<Entry> entries(String text, String sourceName) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.stripLeading().startsWith("{") ? jsonEntries(t, sourceName) : plainEntries(t, sourceName);
  }

  /**
   * Reads the resources of a dump.
   *
   * @param text the dump
   * @param sourceName names the dump in messages
   * @return the resources of the keys this library reads, in key order of the dump, each
   *     located at the line of its key
   * @throws ManifestException listing every value that does not decode, or a malformed dump
   */
  public static ResourceSet read(String text, String sourceName) {
    List<Resource> resources = new ArrayList<>();
    List<SourceLocation> locations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Entry entry : entries(text, sourceName)) {
      EtcdValue value = EtcdLayout.decode(entry.key(), entry.value());
      if (value instanceof EtcdValue.Decoded decoded) {
        resources.add(decoded.resource());
        // Validation problems and duplicates then name the dump and the key's line.
        locations.add(new SourceLocation(sourceName, entry.line(), 1));
      } else if (value instanceof EtcdValue.Undecodable bad) {
        problems.add(new Problem(
            new SourceLocation(sourceName, entry.line(), 1), entry.key(), "", bad.message()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return ResourceSet.locatedAt(resources, locations);
  }

  /**
   * Writes resources as {@code etcdctl get --prefix /calico} prints them: key line, value line.
   *
   * @param resources resources of kinds Calico keeps in etcd
   * @return the dump
   */
  public static String toPlain(Collection<? extends Resource> resources) {
    StringBuilder b = new StringBuilder();
    for (Resource r : resources) {
      b.append(EtcdLayout.keyOf(r)).append('\n')
          .append(new String(EtcdLayout.valueOf(r), StandardCharsets.UTF_8)).append('\n');
    }
    return b.toString();
  }

  /**
   * Writes resources as {@code etcdctl get --prefix /calico -w json} prints them.
   *
   * @param resources resources of kinds Calico keeps in etcd
   * @param revision the revision to write in the header and as every key's revisions
   * @return the dump
   */
  public static String toJson(Collection<? extends Resource> resources, long revision) {
    StringWriter out = new StringWriter();
    Base64.Encoder b64 = Base64.getEncoder();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("header");
      g.writeNumberField("revision", revision);
      g.writeEndObject();
      g.writeArrayFieldStart("kvs");
      for (Resource r : resources) {
        g.writeStartObject();
        g.writeStringField("key", b64.encodeToString(EtcdLayout.keyOf(r).getBytes(StandardCharsets.UTF_8)));
        g.writeNumberField("create_revision", revision);
        g.writeNumberField("mod_revision", revision);
        g.writeNumberField("version", 1);
        g.writeStringField("value", b64.encodeToString(EtcdLayout.valueOf(r)));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("count", resources.size());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<Entry> plainEntries(String text, String sourceName) {
    String[] lines = text.split("\r?\n", -1);
    int count = lines.length;
    while (count > 0 && lines[count - 1].isBlank()) {
      count--; // the final newline, and blank lines after the last value (never a key)
    }
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    while (i < count && lines[i].isBlank()) {
      i++;
    }
    for (; i < count; i += 2) {
      if (!lines[i].startsWith("/")) {
        throw malformed(sourceName, i + 1, "expected an etcd key (a line starting with /), found "
            + abbreviate(lines[i]));
      }
      String value = i + 1 < count ? lines[i + 1] : "";
      entries.add(new Entry(lines[i], value.getBytes(StandardCharsets.UTF_8), i + 1));
    }
    return entries;
  }

  private static List<Entry> jsonEntries(String text, String sourceName) {
    List<Entry> entries = new ArrayList<>();
    Base64.Decoder b64 = Base64.getDecoder();
    try (JsonParser p = JSON.createParser(text)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!field.equals("kvs") || t == JsonToken.VALUE_NULL) {
          p.skipChildren();
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          throw malformed(sourceName, p.currentLocation().getLineNr(), "kvs: not a list");
        }
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
          int line = p.currentLocation().getLineNr();
          if (item != JsonToken.START_OBJECT) {
            // Stopping here would silently drop every entry after this one.
            throw malformed(sourceName, line, "kvs: an entry is not an object");
          }
          String key = null;
          String value = "";
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (f.equals("key") || f.equals("value")) {
              int at = p.currentLocation().getLineNr();
              if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NULL) {
                throw malformed(sourceName, at, "kvs: " + f + " is not a base64 string");
              }
              if (f.equals("key")) {
                key = p.getValueAsString();
              } else {
                value = p.getValueAsString("");
                line = at; // problems with the value are reported at its line
              }
            } else {
              p.skipChildren();
            }
          }
          if (key == null) {
            throw malformed(sourceName, line, "kvs: an entry without key");
          }
          try {
            entries.add(new Entry(
                new String(b64.decode(key), StandardCharsets.UTF_8), b64.decode(value), line));
          } catch (IllegalArgumentException e) {
            throw malformed(sourceName, line, "kvs: key or value is not base64: " + e.getMessage());
          }
        }
      }
      if (p.nextToken() != null) {
        throw malformed(sourceName, p.currentLocation().getLineNr(),
            "unexpected content after the JSON value");
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw malformed(sourceName, line, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static ManifestException malformed(String sourceName, int line, String message) {
    return new ManifestException(
        List.of(new Problem(new SourceLocation(sourceName, Math.max(line, 1), 1), null, "", message)));
  }

  private static String abbreviate(String line) {
    return "\"" + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "\"";
  }
}
