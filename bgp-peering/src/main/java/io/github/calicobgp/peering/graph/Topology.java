package io.github.calicobgp.peering.graph;

import io.github.calicobgp.peering.ClusterPlan;
import java.util.List;
import java.util.Objects;

/**
 * The BGP sessions of a cluster as a picture: speakers in groups, and one edge per pair of
 * speakers and kind of session (the families it covers merged into one edge).
 *
 * @param groups the groups, in drawing order: route reflectors by cluster id, Calico nodes,
 *     external peers, local workloads; empty groups are left out
 * @param edges the sessions, node-to-node ones first (by node pair), then external ones
 */
public record Topology(List<Group> groups, List<Edge> edges) {

  /**
   * Copies the lists.
   *
   * @param groups the groups, in drawing order: route reflectors by cluster id, Calico nodes,
   *     external peers, local workloads; empty groups are left out
   * @param edges the sessions, node-to-node ones first (by node pair), then external ones
   */
  public Topology {
    groups = List.copyOf(groups);
    edges = List.copyOf(edges);
  }

  /**
   * {@return the topology of {@code plan}'s session graph}
   *
   * @param plan the cluster's plan
   */
  public static Topology of(ClusterPlan plan) {
    return TopologyBuilder.build(plan);
  }

  /** What a group holds. */
  public enum GroupKind {
    /** The route reflectors of one cluster id. */
    ROUTE_REFLECTORS,
    /** Calico nodes that are not route reflectors: mesh members and clients. */
    NODES,
    /** Routers at addresses of no Calico node. */
    EXTERNAL_PEERS,
    /** BGP speakers in workloads, peered through a {@code localWorkloadSelector}. */
    LOCAL_WORKLOADS
  }

  /** What kind of session an edge stands for. */
  public enum SessionKind {
    /** iBGP between peers of one AS, without route reflection. */
    IBGP,
    /** eBGP between peers of different AS numbers. */
    EBGP,
    /** iBGP where one end reflects routes to the other, its client. */
    ROUTE_REFLECTION
  }

  /**
   * A group of speakers.
   *
   * @param kind what it holds
   * @param title its caption, e.g. {@code Route reflectors (cluster id 1.1.1.1)}
   * @param vertices its speakers, by name or address
   */
  public record Group(GroupKind kind, String title, List<Vertex> vertices) {

    /**
     * Checks the components and copies the list.
     *
     * @param kind what it holds
     * @param title its caption, e.g. {@code Route reflectors (cluster id 1.1.1.1)}
     * @param vertices its speakers, by name or address
     */
    public Group {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      vertices = List.copyOf(vertices);
    }
  }

  /**
   * A BGP speaker.
   *
   * @param key what identifies it: a node name, or an address for other speakers
   * @param lines its label, one line each: name, addresses, AS number
   */
  public record Vertex(String key, List<String> lines) {

    /**
     * Checks the components and copies the list.
     *
     * @param key what identifies it: a node name, or an address for other speakers
     * @param lines its label, one line each: name, addresses, AS number
     */
    public Vertex {
      Objects.requireNonNull(key, "key");
      lines = List.copyOf(lines);
    }
  }

  /**
   * The sessions between two speakers of one kind.
   *
   * @param from the first speaker (a node, or the route reflector of a reflection)
   * @param to the other speaker
   * @param kind the kind of session
   * @param halfOpen whether only one end is configured, so the session never establishes
   * @param label the edge's caption, e.g. {@code RR}, {@code eBGP IPv6} or {@code half-open iBGP}
   */
  public record Edge(Vertex from, Vertex to, SessionKind kind, boolean halfOpen, String label) {

    /**
     * Checks the components.
     *
     * @param from the first speaker (a node, or the route reflector of a reflection)
     * @param to the other speaker
     * @param kind the kind of session
     * @param halfOpen whether only one end is configured, so the session never establishes
     * @param label the edge's caption, e.g. {@code RR}, {@code eBGP IPv6} or {@code half-open iBGP}
     */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
    }
  }
}
