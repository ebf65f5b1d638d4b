package io.github.calicobgp.peering.diagnostics;

import java.util.List;
import java.util.Objects;

/**
 * One thing {@link Diagnostics} found in a cluster.
 *
 * @param code what kind of finding it is (stable, for scripts)
 * @param severity how bad it is; usually {@link FindingCode#defaultSeverity()}
 * @param message what is wrong and why, for a network engineer
 * @param nodes the Calico nodes involved, most relevant first
 * @param resources the resources involved, as {@code Kind/name} or {@code Kind/namespace/name},
 *     e.g. {@code BGPPeer/tor} or {@code Secret/kube-system/bgp}
 */
public record Finding(
    FindingCode code, Severity severity, String message, List<String> nodes,
    List<String> resources) {

  /**
   * Checks the components and copies the lists.
   *
   * @param code what kind of finding it is (stable, for scripts)
   * @param severity how bad it is; usually {@link FindingCode#defaultSeverity()}
   * @param message what is wrong and why, for a network engineer
   * @param nodes the Calico nodes involved, most relevant first
   * @param resources the resources involved, as {@code Kind/name} or {@code Kind/namespace/name},
   *     e.g. {@code BGPPeer/tor} or {@code Secret/kube-system/bgp}
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    nodes = List.copyOf(nodes);
    resources = List.copyOf(resources);
  }

  /**
   * {@return a finding with its code's default severity}
   *
   * @param code what kind of problem this is
   * @param message the description for people, naming nodes, addresses and AS numbers
   * @param nodes the names of the nodes involved, sorted
   * @param resources the resources involved, as {@code Kind/name}
   */
  public static Finding of(
      FindingCode code, String message, List<String> nodes, List<String> resources) {
    return new Finding(code, code.defaultSeverity(), message, nodes, resources);
  }
}
