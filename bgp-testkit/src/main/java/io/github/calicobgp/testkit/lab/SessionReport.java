package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.testkit.PeerDescriptions;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a lab's BGP sessions compare with the engine's plan, node by node: the planned peers BIRD
 * does not run, runs but not Established, and the BGP protocols BIRD runs that no plan names.
 *
 * @param problems every difference, by node in plan order, then family and protocol name
 */
public record SessionReport(List<Problem> problems) {

  /**
   * Copies the list.
   *
   * @param problems every difference, by node in plan order, then family and protocol name
   */
  public SessionReport {
    problems = List.copyOf(problems);
  }

  /** What is wrong with one protocol. */
  public enum Kind {
    /** The plan has the peer; BIRD has no protocol of its name. */
    MISSING,
    /** BIRD has the protocol, but its session is not Established. */
    NOT_ESTABLISHED,
    /** BIRD has a BGP protocol that the node's plan does not name. */
    UNEXPECTED
  }

  /**
   * One difference.
   *
   * @param node the node
   * @param family the family (the daemon) of the protocol
   * @param kind what is wrong
   * @param protocol the protocol's (the peer's) name
   * @param peer the planned peer, or null for an unexpected protocol
   * @param state the protocol's state in BIRD, or null when BIRD has none
   */
  public record Problem(
      String node,
      IPFamily family,
      Kind kind,
      String protocol,
      @Nullable Peer peer,
      @Nullable ProtocolState state) {

    /**
     * Checks the required components.
     *
     * @param node the node
     * @param family the family (the daemon) of the protocol
     * @param kind what is wrong
     * @param protocol the protocol's (the peer's) name
     * @param peer the planned peer, or null for an unexpected protocol
     * @param state the protocol's state in BIRD, or null when BIRD has none
     */
    public Problem {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(protocol, "protocol");
    }

    /**
     * One line, e.g. {@code node-1: not Established: Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh
     * passive; BIRD: start Active Socket: Connection refused}.
     *
     * @return the description
     */
    public String describe() {
      String what = switch (kind) {
        case MISSING -> "planned, but not in BIRD";
        case NOT_ESTABLISHED -> "not Established";
        case UNEXPECTED -> "in BIRD, but not planned";
      };
      String subject = peer != null ? PeerDescriptions.describe(peer) : protocol + " (" + family + ")";
      return node + ": " + what + ": " + subject + (state == null ? "" : "; BIRD: " + state.summary());
    }
  }

  /** {@return whether BIRD runs exactly the planned sessions, all Established} */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Every problem on a line of its own, or {@code no problems}. */
  @Override
  public String toString() {
    return problems.isEmpty()
        ? "no problems"
        : problems.stream().map(Problem::describe).collect(Collectors.joining("\n"));
  }
}
