package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.IP;
import io.github.calicobgp.api.validation.MacAddress;
import io.github.calicobgp.api.validation.Network;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import io.github.calicobgp.api.value.ASNumber;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link Node}; see Calico's libcalico-go/lib/apis/internalapi/node.go
 * ({@code NodeSpec}) and {@code validateNodeSpec} in libcalico-go/lib/validator/v3/validator.go.
 * Like Calico, {@code orchRefs},
 * {@code addresses} and {@code interfaces} are not validated (their Go tags are never reached).
 */
public record NodeSpec(
    @Valid @Nullable BGP bgp,
    @IP(version = 4, groups = GoRules.class) @Nullable String ipv4VXLANTunnelAddr,
    @MacAddress(groups = GoRules.class) @Nullable String vxlanTunnelMACAddr,
    @IP(version = 6, groups = GoRules.class) @Nullable String ipv6VXLANTunnelAddr,
    @MacAddress(groups = GoRules.class) @Nullable String vxlanTunnelMACAddrV6,
    List<OrchRef> orchRefs,
    @Valid @Nullable Wireguard wireguard,
    List<Address> addresses,
    List<Interface> interfaces) {

  /** A spec with nothing set. */
  public static final NodeSpec EMPTY =
      new NodeSpec(null, null, null, null, null, null, null, null, null);

  /**
   * Copies the lists; null lists become empty.
   *
   * @param bgp the node's BGP settings; null when the node runs no BGP
   * @param ipv4VXLANTunnelAddr the IPv4 address of the node's VXLAN device
   * @param vxlanTunnelMACAddr the MAC address of the node's IPv4 VXLAN device
   * @param ipv6VXLANTunnelAddr the IPv6 address of the node's VXLAN device
   * @param vxlanTunnelMACAddrV6 the MAC address of the node's IPv6 VXLAN device
   * @param orchRefs the node's names in the orchestrators that run on it
   * @param wireguard the node's WireGuard interface addresses; null when unset
   * @param addresses the node's addresses with their types
   * @param interfaces the node's network interfaces with their addresses
   */
  public NodeSpec {
    orchRefs = Immutable.list(orchRefs);
    addresses = Immutable.list(addresses);
    interfaces = Immutable.list(interfaces);
  }

  /**
   * {@return a spec with only BGP settings}
   *
   * @param bgp the node's BGP settings
   */
  public static NodeSpec ofBgp(BGP bgp) {
    return new NodeSpec(bgp, null, null, null, null, null, null, null, null);
  }

  /**
   * {@return a spec with BGP and WireGuard settings}
   *
   * @param value the WireGuard settings; null to unset
   */
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
  @GoStructRules(groups = GoRules.class)
  public record BGP(
      @Nullable ASNumber asNumber,
      @Network(version = 4, strictlyMasked = false, groups = GoRules.class)
          @Nullable String ipv4Address,
      @Network(version = 6, strictlyMasked = false, groups = GoRules.class)
          @Nullable String ipv6Address,
      @IP(version = 4, groups = GoRules.class) @Nullable String ipv4IPIPTunnelAddr,
      @IP(version = 4, groups = GoRules.class) @Nullable String routeReflectorClusterID) {}

  /** Which orchestrator knows this node, and under which name. */
  public record OrchRef(@Nullable String nodeName, @AlwaysWritten @Nullable String orchestrator) {}

  /** The node's WireGuard interface addresses. */
  public record Wireguard(
      @IP(version = 4, groups = GoRules.class) @Nullable String interfaceIPv4Address,
      @IP(version = 6, groups = GoRules.class) @Nullable String interfaceIPv6Address) {}

  /** An address of the node, with its type ({@code CalicoNodeIP}, {@code InternalIP}, ...). */
  public record Address(@AlwaysWritten @Nullable String address, @Nullable String type) {}

  /** A network interface of the node. */
  public record Interface(@Nullable String name, List<String> addresses) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param name the interface's name, e.g. {@code eth0}
     * @param addresses the interface's addresses
     */
    public Interface {
      addresses = Immutable.list(addresses);
    }
  }
}
