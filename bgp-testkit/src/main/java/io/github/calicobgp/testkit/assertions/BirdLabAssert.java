package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.testkit.lab.BirdLab;
import io.github.calicobgp.testkit.lab.LabRoute;
import io.github.calicobgp.testkit.lab.SessionReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about a running {@link BirdLab} against the engine's plan. They look once; wait
 * first with {@link BirdLab#awaitEstablished} or {@link BirdLab#awaitPodBlocks}.
 */
public final class BirdLabAssert extends AbstractAssert<BirdLabAssert, BirdLab> {

  /**
   * Assertions about {@code actual}; start from {@link CalicoBgpAssertions#assertThat(BirdLab)}.
   *
   * @param actual the running lab to check
   */
  public BirdLabAssert(BirdLab actual) {
    super(actual, BirdLabAssert.class);
  }

  /**
   * Checks that on every node of {@code plan}, BIRD runs a BGP protocol for each planned peer,
   * Established, and no other BGP protocol.
   *
   * @param plan the plans of the lab's nodes
   * @return these assertions, for chaining
   */
  public BirdLabAssert hasEstablishedExactlyThePlannedSessions(ClusterPlan plan) {
    isNotNull();
    SessionReport report = actual.sessionReport(plan);
    if (!report.isClean()) {
      failWithMessage("Expecting BIRD to run exactly the planned sessions, all Established, but"
          + " %s differ:%n  %s", report.problems().size(), report.toString().replace("\n", "\n  "));
    }
    return this;
  }

  /**
   * Checks that every node of {@code plan} has a preferred route, learned from one of its planned
   * peers, to every other node's pod blocks.
   *
   * @param plan the plans of the lab's nodes
   * @return these assertions, for chaining
   */
  public BirdLabAssert hasLearnedEveryPodBlock(ClusterPlan plan) {
    isNotNull();
    Map<String, List<String>> missing = actual.missingPodBlocks(plan);
    if (!missing.isEmpty()) {
      failWithMessage("Expecting every node to learn every other node's pod blocks through BGP,"
          + " but:%n%s", missing.entrySet().stream()
              .map(e -> "  " + e.getKey() + " lacks " + e.getValue())
              .collect(Collectors.joining("\n")));
    }
    return this;
  }

  /**
   * Checks that no node of {@code plan} has a route, of any origin, to another node's pod block.
   *
   * @param plan the plans of the lab's nodes
   * @return these assertions, for chaining
   */
  public BirdLabAssert hasLearnedNoPodBlock(ClusterPlan plan) {
    isNotNull();
    Map<String, List<LabRoute>> routes = actual.podBlockRoutes(plan);
    if (!routes.isEmpty()) {
      failWithMessage("Expecting no node to have a route to another node's pod blocks, but:%n%s",
          routes.entrySet().stream()
              .flatMap(e -> e.getValue().stream().map(r -> "  " + e.getKey() + ": " + r.prefix()
                  + " from " + r.protocol()))
              .collect(Collectors.joining("\n")));
    }
    return this;
  }
}
