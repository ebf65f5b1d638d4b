package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.value.ASNumber;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The settings of a {@link Node}; see api-spec §2.6. */
public record NodeSpec(
    @Nullable BGP bgp,
    @Nullable String ipv4VXLANTunnelAddr,
    @Nullable String vxlanTunnelMACAddr,
    @Nullable String ipv6VXLANTunnelAddr,
    @Nullable String vxlanTunnelMACAddrV6,
    List<OrchRef> orchRefs,
    @Nullable Wireguard wireguard,
    List<Address> addresses,
    List<Interface> interfaces) {

  /** A spec with nothing set. */
  public static final NodeSpec EMPTY =
      new NodeSpec(null, null, null, null, null, null, null, null, null);

  /** Copies the lists; null lists become empty. */
  public NodeSpec {
    orchRefs = Immutable.list(orchRefs);
    addresses = Immutable.list(addresses);
    interfaces = Immutable.list(interfaces);
  }

  /** A spec with only BGP settings. */
  public static NodeSpec ofBgp(BGP bgp) {
    return new NodeSpec(bgp, null, null, null, null, null, null, null, null);
  }

  /** A spec with BGP and WireGuard settings. */
  public NodeSpec withWireguard(@Nullable Wireguard value) {
    return new NodeSpec(
        bgp,
        ipv4VXLANTunnelAddr,
        vxlanTunnelMACAddr,
        ipv6VXLANTunnelAddr,
        vxlanTunnelMACAddrV6,
        orchRefs,
        value,
        addresses,
        interfaces);
  }

  /** A node's BGP settings (Calico's {@code NodeBGPSpec}). */
  public record BGP(
      @Nullable ASNumber asNumber,
      @Nullable String ipv4Address,
      @Nullable String ipv6Address,
      @Nullable String ipv4IPIPTunnelAddr,
      @Nullable String routeReflectorClusterID) {}

  /** Which orchestrator knows this node, and under which name. */
  public record OrchRef(@Nullable String nodeName, @AlwaysWritten @Nullable String orchestrator) {}

  /** The node's WireGuard interface addresses. */
  public record Wireguard(
      @Nullable String interfaceIPv4Address, @Nullable String interfaceIPv6Address) {}

  /** An address of the node, with its type ({@code CalicoNodeIP}, {@code InternalIP}, ...). */
  public record Address(@AlwaysWritten @Nullable String address, @Nullable String type) {}

  /** A network interface of the node. */
  public record Interface(@Nullable String name, List<String> addresses) {
    /** Copies the list; null becomes empty. */
    public Interface {
      addresses = Immutable.list(addresses);
    }
  }
}
