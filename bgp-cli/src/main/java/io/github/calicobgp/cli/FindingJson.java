package io.github.calicobgp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.calicobgp.peering.diagnostics.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Findings as JSON for scripts: an array of objects with {@code code}, {@code severity} (lower
 * case), {@code message}, {@code nodes} and {@code resources}.
 */
final class FindingJson {

  private static final JsonFactory JSON = new JsonFactory();

  private FindingJson() {}

  /** The JSON array of {@code findings}, pretty-printed, with a final line break. */
  static String of(List<Finding> findings) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartArray();
      for (Finding finding : findings) {
        json.writeStartObject();
        json.writeStringField("code", finding.code().name());
        json.writeStringField("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("message", finding.message());
        writeArray(json, "nodes", finding.nodes());
        writeArray(json, "resources", finding.resources());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void writeArray(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
