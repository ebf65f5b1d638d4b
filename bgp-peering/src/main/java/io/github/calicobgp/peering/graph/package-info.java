/**
 * Pictures of a cluster's BGP sessions: a {@link io.github.calicobgp.peering.graph.Topology}
 * grouping route reflectors, Calico nodes and external peers, written as a Mermaid flowchart or
 * a Graphviz DOT graph ({@link io.github.calicobgp.peering.graph.GraphFormat}).
 */
@NullMarked
package io.github.calicobgp.peering.graph;

import org.jspecify.annotations.NullMarked;
