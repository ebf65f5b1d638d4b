package io.github.calicobgp.peering.graph;

import io.github.calicobgp.peering.graph.Topology.Edge;
import io.github.calicobgp.peering.graph.Topology.Group;
import io.github.calicobgp.peering.graph.Topology.GroupKind;
import io.github.calicobgp.peering.graph.Topology.Vertex;
import java.util.stream.Collectors;

/**
 * Writes a {@link Topology} as an undirected Graphviz DOT graph: a cluster per group, edges
 * coloured by kind of session, half-open sessions dashed and red. Every label is a quoted DOT
 * string in which backslashes, quotes, ampersands and control characters are escaped, so that
 * no input text is read as DOT syntax, an escape sequence or an HTML entity.
 */
final class DotWriter {
  private DotWriter() {}

  static String write(Topology topology) {
    VertexIds ids = new VertexIds(topology);
    StringBuilder out = new StringBuilder("graph sessions {\n")
        .append("  graph [fontname=\"Helvetica\", fontsize=12, rankdir=TB];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", ")
        .append("fontname=\"Helvetica\", fontsize=11];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    int groupIndex = 0;
    for (Group group : topology.groups()) {
      out.append("  subgraph cluster_").append(groupIndex++).append(" {\n")
          .append("    label=").append(quote(group.title())).append(";\n")
          .append("    style=\"rounded,filled\"; color=\"#999999\"; fillcolor=")
          .append(quote(fill(group.kind()))).append(";\n");
      for (Vertex vertex : group.vertices()) {
        out.append("    ").append(ids.of(vertex)).append(" [label=")
            .append(quote(String.join("\n", vertex.lines()))).append("];\n");
      }
      out.append("  }\n");
    }
    for (Edge edge : topology.edges()) {
      out.append("  ").append(ids.of(edge.from())).append(" -- ").append(ids.of(edge.to()))
          .append(" [label=").append(quote(edge.label())).append(", ").append(style(edge))
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  private static String fill(GroupKind kind) {
    return switch (kind) {
      case ROUTE_REFLECTORS -> "#fff3d6";
      case NODES -> "#e8f1fb";
      case EXTERNAL_PEERS -> "#eeeeee";
      case LOCAL_WORKLOADS -> "#eaf7ea";
    };
  }

  private static String style(Edge edge) {
    if (edge.halfOpen()) {
      return "style=dashed, color=\"#cc0000\", fontcolor=\"#cc0000\"";
    }
    return switch (edge.kind()) {
      case ROUTE_REFLECTION -> "color=\"#1f5fbf\", penwidth=1.5";
      case EBGP -> "color=\"#d97706\"";
      case IBGP -> "color=\"#555555\"";
    };
  }

  /** {@code text} as a DOT string; a line break becomes DOT's centred line break. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '&' -> out.append("&amp;");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < ' ' || c == 0x7f) {
            out.append("&#").append(c).append(';');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
