package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.testkit.arbitraries.ClusterDesign.SelectorPeering;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.NodeConfiguration;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.PortPeer;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.Prefixes;
import io.github.calicobgp.testkit.arbitraries.FidelityCorners.ServiceCorner;
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
 * node in AS 64512, the mesh as Calico defaults it, no corners, nothing else.
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
    return Combinators.combine(shapes(maxNodes, true), layouts(), extras(), corners())
        .as((s, l, e, c) -> design(s, l, e).withCorners(c));
  }

  /**
   * Corners of every kind, each list short; shrinks towards {@link FidelityCorners#NONE} (empty
   * lists, no global level or communities, the Kubernetes datastore) and the first node.
   */
  static Arbitrary<FidelityCorners> corners() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 14);
    Arbitrary<Boolean> bool = Arbitraries.of(false, true);
    Arbitrary<Integer> ports = Arbitraries.of(1790, 179);
    Arbitrary<PortPeer> portPeers = Combinators.combine(position, bool, position,
        Arbitraries.of(IPFamily.class), ports, Arbitraries.of(true, false)).as(PortPeer::new);
    Arbitrary<NodeConfiguration> nodeConfigurations = Combinators.combine(position,
            Arbitraries.of("Debug", "Info", "Warning").injectNull(0.4), ports.injectNull(0.6),
            Arbitraries.of(Prefixes.class))
        .as(NodeConfiguration::new);
    Arbitrary<ServiceCorner> services = Combinators.combine(
            Arbitraries.of("LoadBalancer", "ClusterIP").injectNull(0.4),
            Arbitraries.of("Cluster", "Local").injectNull(0.5), Arbitraries.of(true, false))
        .as(ServiceCorner::new);
    return Combinators.combine(portPeers.list().ofMaxSize(2), position.list().ofMaxSize(2),
            Arbitraries.of("Debug", "Warning").injectNull(0.5), bool,
            nodeConfigurations.list().ofMaxSize(3), services.list().ofMaxSize(3), bool,
            Arbitraries.of(Datastore.class))
        .as(FidelityCorners::new);
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
