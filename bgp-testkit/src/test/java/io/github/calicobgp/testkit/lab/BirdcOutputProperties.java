package io.github.calicobgp.testkit.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Route lines printed the way BIRD 1.6's rte_show prints them parse back to what was printed. */
class BirdcOutputProperties {

  @Property(tries = 200)
  void aPrintedRouteLineParsesBack(@ForAll("routes") LabRoute route) {
    assertThat(BirdcOutput.routes(print(route))).containsExactly(route);
  }

  @Provide
  Arbitrary<LabRoute> routes() {
    Arbitrary<String> prefix =
        Arbitraries.integers().between(0, 255).map(i -> "10." + i + ".0.0/16");
    Arbitrary<String> name = Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> gateway = Arbitraries.integers().between(1, 254).map(i -> "10.99.0." + i);
    return Combinators.combine(
            prefix,
            Arbitraries.of(LabRoute.Destination.class),
            gateway,
            name,
            gateway.injectNull(0.5),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 65535))
        .as(
            (net, destination, gw, protocol, from, primary, preference) ->
                new LabRoute(net, destination, hops(destination, gw), protocol,
                    destination == LabRoute.Destination.ROUTER ? from : null, primary, preference,
                    Map.of()));
  }

  private static List<LabRoute.NextHop> hops(LabRoute.Destination destination, String gateway) {
    return switch (destination) {
      case ROUTER -> List.of(new LabRoute.NextHop(gateway, "eth0", 1));
      case DEVICE -> List.of(new LabRoute.NextHop(null, "eth0", 1));
      case MULTIPATH -> List.of(new LabRoute.NextHop(gateway, "eth0", 1),
          new LabRoute.NextHop("10.99.1.1", "eth1", 3));
      default -> List.of();
    };
  }

  /** BIRD's "%-18s %s [%s %s%s]%s%s", then a tab-indented line per multipath hop. */
  private static String print(LabRoute route) {
    String via = switch (route.destination()) {
      case ROUTER -> "via " + route.gateway() + " on eth0";
      case DEVICE -> "dev eth0";
      default -> route.destination().name().toLowerCase(Locale.ROOT);
    };
    String from = route.from() == null ? "" : " from " + route.from();
    StringBuilder text = new StringBuilder(String.format("%-18s %s [%s 21:48:28%s]%s (%d/0) [i]%n",
        route.prefix(), via, route.protocol(), from, route.primary() ? " *" : "", route.preference()));
    if (route.destination() == LabRoute.Destination.MULTIPATH) {
      route.nextHops().forEach(hop -> text.append(
          "\tvia " + hop.gateway() + " on " + hop.iface() + " weight " + hop.weight() + "\n"));
    }
    return text.toString();
  }
}
