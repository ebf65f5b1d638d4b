package io.github.calicobgp.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.validation.ClusterValidator;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the arbitraries generate passes Calico's validation, and clusters plan and render. */
class ArbitrariesAreValidProperties {

  private static final Validator VALIDATOR = new Validator();
  private static final BirdRenderer RENDERER = new BirdRenderer();

  @Property(tries = 150)
  void clustersAreValidAndPlanAndRender(@ForAll("clusters") CalicoCluster cluster) {
    List<Object> violations = new ArrayList<>();
    for (Resource resource : cluster.resources().all()) {
      violations.addAll(VALIDATOR.validate(resource));
    }
    violations.addAll(new ClusterValidator().validate(cluster.resources().all()));
    assertThat(violations).isEmpty();
    for (NodePlan node : cluster.plan().nodes()) {
      assertThat(RENDERER.render(node).files()).hasSize(6);
    }
    Statistics.label("nodes").collect(cluster.nodes().size() / 5 * 5 + "+");
    Statistics.label("reflectors").collect(cluster.nodes().stream()
        .filter(n -> n.isRouteReflector()).count());
    Statistics.label("racks").collect(cluster.torRouters().size());
  }

  @Property(tries = 200)
  void nodesAreValid(@ForAll("nodes") Node node) {
    assertThat(VALIDATOR.validate(node)).isEmpty();
  }

  @Property(tries = 200)
  void bgpPeersAreValid(@ForAll("peers") BGPPeer peer) {
    assertThat(VALIDATOR.validate(peer)).isEmpty();
  }

  @Property(tries = 200)
  void bgpFiltersAreValid(@ForAll("filters") BGPFilter filter) {
    assertThat(VALIDATOR.validate(filter)).isEmpty();
  }

  @Property(tries = 200)
  void selectorsParse(@ForAll("selectors") String selector) {
    assertThat(Selector.parse(selector)).isNotNull();
  }

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return CalicoArbitraries.clusters();
  }

  @Provide
  Arbitrary<Node> nodes() {
    return CalicoArbitraries.nodes();
  }

  @Provide
  Arbitrary<BGPPeer> peers() {
    return CalicoArbitraries.bgpPeers();
  }

  @Provide
  Arbitrary<BGPFilter> filters() {
    return CalicoArbitraries.bgpFilters();
  }

  @Provide
  Arbitrary<String> selectors() {
    return CalicoArbitraries.selectors();
  }
}
