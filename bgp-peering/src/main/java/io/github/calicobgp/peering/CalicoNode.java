package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.ValueFormatException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A Node as confd's key/value model holds it ({@code bgpNodeUpdateProcessor.Process},
 * libcalico-go/lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go): canonical addresses,
 * their
 * networks, the AS number, the route-reflector cluster id ("" when none) and the WireGuard
 * interface addresses ("" when none), and where the node is in its snapshot.
 *
 * <p>The position lets per-node indexes be lists in the snapshot's order rather than maps by name:
 * {@code planAll} walks the nodes in that order, and at 10,000 nodes a lookup by name in a map of
 * every node misses the caches.
 */
record CalicoNode(
    int position,
    Node resource,
    String name,
    Map<String, String> labels,
    @Nullable CIDR ipv4,
    @Nullable CIDR ipv6,
    @Nullable ASNumber asNumber,
    String routeReflectorClusterId,
    String wireguardIPv4,
    String wireguardIPv6) {

  /**
   * The node confd derives from {@code node}, or empty when an address fails to parse: confd then
   * drops the whole update, so such a node does not exist for it
   * ({@code bgpNodeUpdateProcessor.Process}); {@code ignored} is then
   * told which address and why. An address of the wrong family counts as unparsable: Calico's
   * validator rejects it, and a typed plan cannot hold it. {@code position} is where it goes among
   * the snapshot's nodes, sorted by name.
   */
  static Optional<CalicoNode> of(Node node, int position, Consumer<IgnoredNode> ignored) {
    NodeSpec.BGP bgp = node.spec().bgp();
    NodeSpec.Wireguard wg = node.spec().wireguard();
    CIDR v4 = null;
    CIDR v6 = null;
    if (bgp != null) {
      for (IPFamily family : IPFamily.values()) {
        String text = family == IPFamily.V4 ? bgp.ipv4Address() : bgp.ipv6Address();
        CIDR cidr;
        try {
          cidr = address(text, family);
        } catch (IllegalArgumentException unusable) {
          String reason =
              unusable instanceof ValueFormatException e ? e.reason() : unusable.getMessage();
          ignored.accept(new IgnoredNode(
              node, "spec.bgp.ipv" + family.version() + "Address", text, reason));
          return Optional.empty();
        }
        if (family == IPFamily.V4) {
          v4 = cidr;
        } else {
          v6 = cidr;
        }
      }
    }
    String wg4 = wg == null || wg.interfaceIPv4Address() == null ? "" : wg.interfaceIPv4Address();
    String wg6 = wg == null || wg.interfaceIPv6Address() == null ? "" : wg.interfaceIPv6Address();
    String rr = bgp == null || bgp.routeReflectorClusterID() == null
        ? "" : bgp.routeReflectorClusterID();
    return Optional.of(new CalicoNode(position,
        node, node.metadata().nameOrEmpty(), node.metadata().labels(), v4, v6,
        bgp == null ? null : bgp.asNumber(), rr, wg4, wg6));
  }

  private static @Nullable CIDR address(@Nullable String text, IPFamily family) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    CIDR cidr = CIDR.parseNetOrIP(text);
    if (cidr.family() != family || cidr.address().family() != family) {
      throw new IllegalArgumentException("not an IPv" + family.version() + " address");
    }
    return cidr;
  }

  /** The node's address in {@code family} (as written, host bits kept), if it has one. */
  @Nullable IPAddress address(IPFamily family) {
    CIDR cidr = family == IPFamily.V4 ? ipv4 : ipv6;
    return cidr == null ? null : cidr.address();
  }

  /** The masked network of the node's address in {@code family}, if it has one. */
  @Nullable CIDR network(IPFamily family) {
    CIDR cidr = family == IPFamily.V4 ? ipv4 : ipv6;
    return cidr == null ? null : cidr.masked();
  }

  /** Whether the node has a WireGuard interface address in {@code family}. */
  boolean hasWireguard(IPFamily family) {
    return !(family == IPFamily.V4 ? wireguardIPv4 : wireguardIPv6).isEmpty();
  }

  /** Whether the node is a route reflector (has a non-empty cluster id). */
  boolean isRouteReflector() {
    return !routeReflectorClusterId.isEmpty();
  }
}
