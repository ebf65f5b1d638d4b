package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.ClusterPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a whole cluster's peering before it is applied, beyond what Calico checks resource by
 * resource: see {@link FindingCode} for every check. Stateless; the same plan always gives the
 * same findings in the same order.
 */
public final class Diagnostics {

  private static final List<Check> CHECKS = List.of(
      new SessionChecks(),
      new ConnectivityChecks(),
      new MeshChecks(),
      new ReflectorClientChecks(),
      new ReflectorPeeringChecks(),
      new CopiedClusterIdCheck(),
      new ExternalPeerChecks(),
      new ReflectorAsChecks(),
      new BGPPeerScopeChecks(),
      new ConflictCheck(),
      new ReferenceChecks(),
      new UnusableValueChecks(),
      new AddressChecks());

  private Diagnostics() {}

  /**
   * What is wrong with {@code plan}'s peering: errors first, then warnings, then information,
   * each by code (in {@link FindingCode} order), then in the order the cluster was walked (by
   * node pair, family, node or resource name).
   *
   * @param plan the cluster's plan
   * @return the findings, sorted
   */
  public static List<Finding> of(ClusterPlan plan) {
    ClusterView view = new ClusterView(plan);
    List<Finding> findings = new ArrayList<>();
    for (Check check : CHECKS) {
      check.run(view, findings);
    }
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code));
    return List.copyOf(findings);
  }
}
