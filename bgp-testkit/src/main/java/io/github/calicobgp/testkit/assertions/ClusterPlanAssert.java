package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.SessionGraph;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/** Assertions about every node's plan at once, and entry points to one node and the graph. */
public final class ClusterPlanAssert extends AbstractAssert<ClusterPlanAssert, ClusterPlan> {

  /**
   * Assertions about {@code actual}; start from {@link
   * CalicoBgpAssertions#assertThat(ClusterPlan)}.
   *
   * @param actual the plans to check
   */
  public ClusterPlanAssert(ClusterPlan actual) {
    super(actual, ClusterPlanAssert.class);
  }

  /**
   * Checks that exactly these nodes were planned, in any order.
   *
   * @param names the expected node names
   * @return these assertions, for chaining
   */
  public ClusterPlanAssert hasNodes(String... names) {
    isNotNull();
    Set<String> expected = new TreeSet<>(List.of(names));
    Set<String> planned = new TreeSet<>(nodeNames());
    if (!planned.equals(expected)) {
      failWithMessage("Expecting the nodes %s, but the plan has %s", expected, planned);
    }
    return this;
  }

  /**
   * Assertions about the plan of node {@code name}; fails when there is none.
   *
   * @param name the node's name
   * @return assertions about that node's plan
   */
  public NodePlanAssert node(String name) {
    return new NodePlanAssert(plan(name));
  }

  /**
   * Assertions about the session graph of the plan.
   *
   * @return assertions about the graph
   */
  public SessionGraphAssert sessionGraph() {
    isNotNull();
    return new SessionGraphAssert(SessionGraph.of(actual));
  }

  /**
   * Checks that node {@code client} is a route-reflector client of node {@code reflector}.
   *
   * @param reflector the route reflector's name
   * @param client the client's name
   * @return these assertions, for chaining
   */
  public ClusterPlanAssert hasRouteReflectorClient(String reflector, String client) {
    new NodePlanAssert(plan(client)).isRouteReflectorClientOf(plan(reflector));
    return this;
  }

  /**
   * Checks that no node has a mesh peer.
   *
   * @return these assertions, for chaining
   */
  public ClusterPlanAssert hasNoMeshPeers() {
    isNotNull();
    actual.nodes().forEach(node -> new NodePlanAssert(node).hasNoMeshPeers());
    return this;
  }

  private NodePlan plan(String name) {
    isNotNull();
    return actual.node(name).orElseThrow(() -> failure(
        "Expecting a node %s in the plan, but the nodes are %s", name, nodeNames()));
  }

  private List<String> nodeNames() {
    return actual.nodes().stream().map(NodePlan::nodeName).toList();
  }
}
