package io.github.calicobgp.peering.graph;

/** The formats a {@link Topology} can be written in. */
public enum GraphFormat {
  /** A Mermaid flowchart, for Markdown that renders Mermaid (GitHub, GitLab, many wikis). */
  MERMAID,
  /** A Graphviz DOT graph, for {@code dot -Tpng} or {@code dot -Tsvg}. */
  DOT;

  /**
   * {@code topology} in this format, ending with a line break.
   *
   * @param topology the topology to draw
   * @return the text of the drawing
   */
  public String write(Topology topology) {
    return switch (this) {
      case MERMAID -> MermaidWriter.write(topology);
      case DOT -> DotWriter.write(topology);
    };
  }
}
