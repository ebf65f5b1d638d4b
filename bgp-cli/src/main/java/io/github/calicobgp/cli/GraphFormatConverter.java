package io.github.calicobgp.cli;

import io.github.calicobgp.peering.graph.GraphFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code mermaid} or {@code dot} (any case) as a {@link GraphFormat}. */
final class GraphFormatConverter implements ITypeConverter<GraphFormat> {
  @Override
  public GraphFormat convert(String value) {
    try {
      return GraphFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a graph format; use mermaid or dot");
    }
  }
}
