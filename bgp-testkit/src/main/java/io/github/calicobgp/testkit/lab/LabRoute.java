package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One route of BIRD's {@code show route} (with its attributes when read with {@code show route
 * all}).
 *
 * @param prefix the network, e.g. {@code 10.98.2.0/26}
 * @param destination what BIRD does with matching packets
 * @param nextHops where they go: one hop for {@code via} and {@code dev} routes, several for a
 *     multipath route, none for blackhole and the like
 * @param protocol the protocol the route came from, e.g. {@code Mesh_10_99_0_12} or {@code static1}
 * @param from the BGP peer that sent it, when BIRD prints one (it differs from the gateway)
 * @param primary whether this is the preferred route of its prefix (BIRD's {@code *})
 * @param preference BIRD's preference of the route
 * @param attributes the attributes {@code show route all} prints, e.g. {@code BGP.as_path} →
 *     {@code 65001}, in BIRD's order; empty for plain {@code show route}
 */
public record LabRoute(
    String prefix,
    Destination destination,
    List<NextHop> nextHops,
    String protocol,
    @Nullable String from,
    boolean primary,
    int preference,
    Map<String, String> attributes) {

  /**
   * Copies the lists.
   *
   * @param prefix the network, e.g. {@code 10.98.2.0/26}
   * @param destination what BIRD does with matching packets
   * @param nextHops where they go: one hop for {@code via} and {@code dev} routes, several for a
   *     multipath route, none for blackhole and the like
   * @param protocol the protocol the route came from, e.g. {@code Mesh_10_99_0_12} or {@code
   *     static1}
   * @param from the BGP peer that sent it, when BIRD prints one (it differs from the gateway)
   * @param primary whether this is the preferred route of its prefix (BIRD's {@code *})
   * @param preference BIRD's preference of the route
   * @param attributes the attributes {@code show route all} prints, e.g. {@code BGP.as_path} →
   *     {@code 65001}, in BIRD's order; empty for plain {@code show route}
   */
  public LabRoute {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(protocol, "protocol");
    nextHops = List.copyOf(nextHops);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** {@return the route's IP family, from its prefix} */
  public IPFamily family() {
    return prefix.indexOf(':') >= 0 ? IPFamily.V6 : IPFamily.V4;
  }

  /** {@return the gateway of the first next hop that has one, or null (device, blackhole...)} */
  public @Nullable String gateway() {
    return nextHops.stream()
        .map(NextHop::gateway)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /**
   * {@return an attribute's value, e.g. {@code attribute("BGP.as_path")}, or null when absent}
   *
   * @param name the attribute's name, as BIRD prints it
   */
  public @Nullable String attribute(String name) {
    return attributes.get(name);
  }

  /** The kinds of destination BIRD 1.6 prints. */
  public enum Destination {
    /** {@code via GATEWAY on IFACE}. */
    ROUTER,
    /** {@code dev IFACE}: directly connected. */
    DEVICE,
    /** {@code blackhole}. */
    BLACKHOLE,
    /** {@code unreachable}. */
    UNREACHABLE,
    /** {@code prohibited}. */
    PROHIBITED,
    /** {@code multipath}: several next hops. */
    MULTIPATH
  }

  /**
   * One next hop of a route.
   *
   * @param gateway the router's address, or null for a directly connected network
   * @param iface the outgoing interface
   * @param weight the multipath weight (1 for single-path routes)
   */
  public record NextHop(@Nullable String gateway, String iface, int weight) {

    /**
     * Checks the interface.
     *
     * @param gateway the router's address, or null for a directly connected network
     * @param iface the outgoing interface
     * @param weight the multipath weight (1 for single-path routes)
     */
    public NextHop {
      Objects.requireNonNull(iface, "iface");
    }
  }
}
