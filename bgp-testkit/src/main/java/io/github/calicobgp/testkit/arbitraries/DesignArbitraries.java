package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.testkit.arbitraries.ClusterDesign.SelectorPeering;
import io.github.calicobgp.testkit.fixtures.Addressing;
import io.github.calicobgp.testkit.fixtures.Encapsulation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@link ClusterDesign}s. Every choice shrinks towards the plainest cluster: one IPv4
 * node in AS 64512, the mesh as Calico defaults it, nothing else.
 */
final class DesignArbitraries {

  private DesignArbitraries() {}

  /** The part of a design that shapes the nodes. */
  private record Shape(int nodes, int reflectors, boolean separateIds, @Nullable Boolean mesh,
      Addressing addressing, boolean mixed, ASNumber asNumber, int ownAsNodes) {}

  /** The part of a design that adds racks, labels and peers. */
  private record Layout(int racks, boolean perRackAs, int zones, List<SelectorPeering> peerings,
      int externalPeers, List<BGPFilter> filters) {}

  /** The rest. */
  private record Extras(boolean passwords, boolean localWorkloads, @Nullable Integer listenPort,
      Encapsulation encapsulation, boolean birdProgramsClusterRoutes) {}

  static Arbitrary<ClusterDesign> designs(int maxNodes) {
    return Combinators.combine(shapes(maxNodes, true), layouts(), extras())
        .as(DesignArbitraries::design);
  }

  /** Designs of nothing but a mesh: no reflectors, racks or BGPPeers, the mesh on. */
  static Arbitrary<ClusterDesign> meshDesigns(int maxNodes) {
    Arbitrary<Layout> none = Arbitraries.just(new Layout(0, false, 0, List.of(), 0, List.of()));
    Arbitrary<Extras> plain = Combinators.combine(
            Arbitraries.of(false, true), Arbitraries.of(1790).injectNull(0.7))
        .as((passwords, port) ->
            new Extras(passwords, false, port, Encapsulation.NONE, false));
    return Combinators.combine(shapes(maxNodes, false), none, plain)
        .as(DesignArbitraries::design);
  }

  private static ClusterDesign design(Shape s, Layout l, Extras e) {
    return new ClusterDesign(s.nodes(), s.reflectors(), s.separateIds(), s.mesh(),
        s.addressing(), s.mixed(), s.asNumber(), s.ownAsNodes(), l.racks(), l.perRackAs(),
        l.zones(), l.peerings(), l.externalPeers(), l.filters(), e.passwords(),
        e.localWorkloads(), e.listenPort(), e.encapsulation(), e.birdProgramsClusterRoutes());
  }

  private static Arbitrary<Shape> shapes(int maxNodes, boolean reflectors) {
    return Combinators.combine(
            Arbitraries.integers().between(1, maxNodes),
            reflectors ? Arbitraries.integers().between(0, 3) : Arbitraries.just(0),
            Arbitraries.of(false, true),
            reflectors ? Arbitraries.of(true, false).injectNull(0.6) : Arbitraries.just(true),
            Arbitraries.of(Addressing.class),
            Arbitraries.of(false, true),
            Arbitraries.of(64512L, 65000L, 4_200_000_000L).map(ASNumber::of),
            Arbitraries.integers().between(0, 3))
        .as(Shape::new);
  }

  private static Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 2),
            selectorPeerings().list().ofMaxSize(3),
            Arbitraries.integers().between(0, 4),
            filters())
        .as(Layout::new);
  }

  private static Arbitrary<Extras> extras() {
    return Combinators.combine(
            Arbitraries.of(false, true),
            Arbitraries.of(false, true),
            Arbitraries.of(1790).injectNull(0.7),
            Arbitraries.of(Encapsulation.class),
            Arbitraries.of(false, true))
        .as(Extras::new);
  }

  private static Arbitrary<SelectorPeering> selectorPeerings() {
    Arbitrary<String> selector = ResourceArbitraries.selectors();
    return Combinators.combine(
            Arbitraries.of(false, true), selector, selector, Arbitraries.of(false, true))
        .as(SelectorPeering::new);
  }

  /** Up to two filters, named {@code filter-1} and {@code filter-2} whatever was generated. */
  private static Arbitrary<List<BGPFilter>> filters() {
    return FilterArbitraries.bgpFilters().list().ofMaxSize(2).map(generated -> {
      List<BGPFilter> named = new ArrayList<>();
      for (BGPFilter filter : generated) {
        named.add(new BGPFilter(ObjectMeta.named("filter-" + (named.size() + 1)), filter.spec()));
      }
      return named;
    });
  }
}
