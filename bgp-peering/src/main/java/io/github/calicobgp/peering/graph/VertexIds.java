package io.github.calicobgp.peering.graph;

import io.github.calicobgp.peering.graph.Topology.Group;
import io.github.calicobgp.peering.graph.Topology.Vertex;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Identifiers for the vertices of a topology, {@code v0}, {@code v1}... in drawing order, so that
 * no name from the input ever becomes an identifier in the output.
 */
final class VertexIds {

  private final Map<Vertex, String> ids = new IdentityHashMap<>();

  VertexIds(Topology topology) {
    for (Group group : topology.groups()) {
      for (Vertex vertex : group.vertices()) {
        ids.put(vertex, "v" + ids.size());
      }
    }
  }

  /** The identifier of a vertex of the topology. */
  String of(Vertex vertex) {
    String id = ids.get(vertex);
    if (id == null) {
      throw new IllegalArgumentException("not a vertex of this topology: " + vertex.key());
    }
    return id;
  }
}
