package io.github.calicobgp.peering.graph;

import io.github.calicobgp.peering.graph.Topology.Edge;
import io.github.calicobgp.peering.graph.Topology.Group;
import io.github.calicobgp.peering.graph.Topology.Vertex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Topology} as a Mermaid flowchart: a subgraph per group, solid links for
 * sessions, dotted red links for half-open ones. Every label is quoted, and every character
 * outside a small safe set is written as a Mermaid entity code ({@code #35;}).
 */
final class MermaidWriter {
  private MermaidWriter() {}

  static String write(Topology topology) {
    VertexIds ids = new VertexIds(topology);
    StringBuilder out = new StringBuilder("flowchart TB\n");
    int groupIndex = 0;
    for (Group group : topology.groups()) {
      out.append("  subgraph g").append(groupIndex++).append("[\"").append(escape(group.title()))
          .append("\"]\n");
      for (Vertex vertex : group.vertices()) {
        out.append("    ").append(ids.of(vertex)).append("[\"").append(label(vertex))
            .append("\"]\n");
      }
      out.append("  end\n");
    }
    List<Integer> halfOpen = new ArrayList<>();
    for (int i = 0; i < topology.edges().size(); i++) {
      Edge edge = topology.edges().get(i);
      out.append("  ").append(ids.of(edge.from())).append(edge.halfOpen() ? " -.-|\"" : " ---|\"")
          .append(escape(edge.label())).append("\"| ").append(ids.of(edge.to())).append('\n');
      if (edge.halfOpen()) {
        halfOpen.add(i);
      }
    }
    if (!halfOpen.isEmpty()) {
      out.append("  linkStyle ")
          .append(halfOpen.stream().map(String::valueOf).collect(Collectors.joining(",")))
          .append(" stroke:#c00,color:#c00\n");
    }
    return out.toString();
  }

  private static String label(Vertex vertex) {
    return vertex.lines().stream().map(MermaidWriter::escape).collect(Collectors.joining("<br/>"));
  }

  /** {@code text} with all but ASCII letters, digits and {@code  .,:/_()-} as entity codes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c < 128 && (Character.isLetterOrDigit(c) || " .:/_()-,".indexOf(c) >= 0)) {
        out.appendCodePoint(c);
      } else {
        out.append('#').append(c).append(';');
      }
    });
    return out.toString();
  }
}
