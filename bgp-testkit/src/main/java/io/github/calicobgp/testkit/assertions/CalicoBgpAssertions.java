package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.SessionGraph;
import io.github.calicobgp.testkit.lab.BirdLab;

/**
 * The entry points of the testkit's AssertJ assertions; import {@code assertThat} statically,
 * alongside AssertJ's own.
 *
 * <pre>{@code
 * assertThat(plan).node("node-1").hasPassiveMeshPeerTo("10.99.0.12");
 * assertThat(plan).sessionGraph().isConnected().hasNoHalfOpenSessions();
 * assertThat(config).hasBgpProtocol("Mesh_10_99_0_12").isPassive();
 * }</pre>
 */
public final class CalicoBgpAssertions {

  private CalicoBgpAssertions() {}

  /**
   * Assertions about one node's plan.
   *
   * @param actual the plan to check
   * @return the assertions
   */
  public static NodePlanAssert assertThat(NodePlan actual) {
    return new NodePlanAssert(actual);
  }

  /**
   * Assertions about every node's plan.
   *
   * @param actual the plans to check
   * @return the assertions
   */
  public static ClusterPlanAssert assertThat(ClusterPlan actual) {
    return new ClusterPlanAssert(actual);
  }

  /**
   * Assertions about a session graph.
   *
   * @param actual the graph to check
   * @return the assertions
   */
  public static SessionGraphAssert assertThat(SessionGraph actual) {
    return new SessionGraphAssert(actual);
  }

  /**
   * Assertions about a node's BIRD files.
   *
   * @param actual the files to check
   * @return the assertions
   */
  public static BirdConfigAssert assertThat(BirdConfig actual) {
    return new BirdConfigAssert(actual);
  }

  /**
   * Assertions about a running lab, compared with a plan.
   *
   * @param actual the running lab to check
   * @return the assertions
   */
  public static BirdLabAssert assertThat(BirdLab actual) {
    return new BirdLabAssert(actual);
  }
}
