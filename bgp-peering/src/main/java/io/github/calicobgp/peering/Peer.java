package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One BGP peer of a node, as confd computes it ({@code processPeers},
 * confd/pkg/backends/calico/bgp_processor.go): a typed value, not BIRD
 * text. Absent optional settings are {@code null}.
 *
 * @param name confd's protocol name, e.g. {@code Mesh_10_192_0_3} or {@code Node_fd00__1_port_1790}
 * @param kind where the peer comes from
 * @param family the IP family of the session
 * @param address the peer's address
 * @param port the peer's port, when not BGP's default
 * @param remoteAS the peer's AS number (confd renders 0 when a BGPPeer gave none)
 * @param localASOverride the local AS to use instead of the node's ({@code localASNumber})
 * @param localAS the effective local AS: the override, or the node's AS
 * @param sourceAddress the local address to connect from, if bound
 * @param ttlSecurityHops the GTSM hop count, or null when TTL security is off
 * @param passive whether this side only waits for the peer to connect
 * @param routeReflectorClusterId when this node is a route reflector and the peer its client:
 *     the cluster id
 * @param password the session password, if any
 * @param gracefulRestartSeconds the graceful-restart time, when set
 * @param keepaliveSeconds the keepalive time, when set
 * @param nextHop the next-hop policy
 * @param allowLocalAsCount how often the local AS may appear in received paths, when set
 * @param importFilters the BGPFilters applied to imported routes, in order
 * @param exportFilters the BGPFilters applied to exported routes, in order
 * @param reachableBy the gateway the peer is reached through, as written in the BGPPeer
 * @param bgpPeerName the BGPPeer this peer comes from (null for mesh peers)
 * @param remoteNodeName the Calico node that has the peer's address, if any
 */
public record Peer(
    String name,
    PeerKind kind,
    IPFamily family,
    IPAddress address,
    @Nullable Integer port,
    ASNumber remoteAS,
    @Nullable ASNumber localASOverride,
    ASNumber localAS,
    @Nullable IPAddress sourceAddress,
    @Nullable Integer ttlSecurityHops,
    boolean passive,
    @Nullable String routeReflectorClusterId,
    @Nullable Password password,
    @Nullable Long gracefulRestartSeconds,
    @Nullable Long keepaliveSeconds,
    NextHopPolicy nextHop,
    @Nullable Integer allowLocalAsCount,
    List<FilterRef> importFilters,
    List<FilterRef> exportFilters,
    @Nullable String reachableBy,
    @Nullable String bgpPeerName,
    @Nullable String remoteNodeName) {

  /**
   * Checks the required fields and copies the filter lists.
   *
   * @param name confd's protocol name, e.g. {@code Mesh_10_192_0_3} or {@code
   *     Node_fd00__1_port_1790}
   * @param kind where the peer comes from
   * @param family the IP family of the session
   * @param address the peer's address
   * @param port the peer's port, when not BGP's default
   * @param remoteAS the peer's AS number (confd renders 0 when a BGPPeer gave none)
   * @param localASOverride the local AS to use instead of the node's ({@code localASNumber})
   * @param localAS the effective local AS: the override, or the node's AS
   * @param sourceAddress the local address to connect from, if bound
   * @param ttlSecurityHops the GTSM hop count, or null when TTL security is off
   * @param passive whether this side only waits for the peer to connect
   * @param routeReflectorClusterId when this node is a route reflector and the peer its client: the
   *     cluster id
   * @param password the session password, if any
   * @param gracefulRestartSeconds the graceful-restart time, when set
   * @param keepaliveSeconds the keepalive time, when set
   * @param nextHop the next-hop policy
   * @param allowLocalAsCount how often the local AS may appear in received paths, when set
   * @param importFilters the BGPFilters applied to imported routes, in order
   * @param exportFilters the BGPFilters applied to exported routes, in order
   * @param reachableBy the gateway the peer is reached through, as written in the BGPPeer
   * @param bgpPeerName the BGPPeer this peer comes from (null for mesh peers)
   * @param remoteNodeName the Calico node that has the peer's address, if any
   */
  public Peer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(remoteAS, "remoteAS");
    Objects.requireNonNull(localAS, "localAS");
    Objects.requireNonNull(nextHop, "nextHop");
    importFilters = List.copyOf(importFilters);
    exportFilters = List.copyOf(exportFilters);
  }

  /** {@return whether both ends are in the same AS (iBGP), comparing the effective local AS} */
  public boolean isInternal() {
    return remoteAS.equals(localAS);
  }

  /**
   * {@return whether this node reflects routes to the peer (the peer is a route-reflector client)}
   */
  public boolean isRouteReflectorClient() {
    return routeReflectorClusterId != null;
  }

  /** {@return a builder with the required fields to fill in} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Peer}; every setter returns the builder. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable PeerKind kind;
    private @Nullable IPFamily family;
    private @Nullable IPAddress address;
    private @Nullable Integer port;
    private @Nullable ASNumber remoteAS;
    private @Nullable ASNumber localASOverride;
    private @Nullable ASNumber localAS;
    private @Nullable IPAddress sourceAddress;
    private @Nullable Integer ttlSecurityHops;
    private boolean passive;
    private @Nullable String routeReflectorClusterId;
    private @Nullable Password password;
    private @Nullable Long gracefulRestartSeconds;
    private @Nullable Long keepaliveSeconds;
    private NextHopPolicy nextHop = NextHopPolicy.DEFAULT;
    private @Nullable Integer allowLocalAsCount;
    private List<FilterRef> importFilters = new ArrayList<>();
    private List<FilterRef> exportFilters = new ArrayList<>();
    private @Nullable String reachableBy;
    private @Nullable String bgpPeerName;
    private @Nullable String remoteNodeName;

    private Builder() {}

    /**
     * confd's protocol name.
     *
     * @param value the protocol name, e.g. {@code Mesh_10_0_0_2}
     * @return this builder
     */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /**
     * Where the peer comes from.
     *
     * @param value mesh, node-specific or global BGPPeer, or local workload
     * @return this builder
     */
    public Builder kind(PeerKind value) {
      kind = value;
      return this;
    }

    /**
     * The peer's address; also sets the family.
     *
     * @param value the peer's address
     * @return this builder
     */
    public Builder address(IPAddress value) {
      address = value;
      family = value.family();
      return this;
    }

    /**
     * The peer's port, or null for BGP's default.
     *
     * @param value the port; null for 179
     * @return this builder
     */
    public Builder port(@Nullable Integer value) {
      port = value;
      return this;
    }

    /**
     * The peer's AS.
     *
     * @param value the peer's AS number
     * @return this builder
     */
    public Builder remoteAS(ASNumber value) {
      remoteAS = value;
      return this;
    }

    /**
     * The local AS override ({@code localASNumber}), if any.
     *
     * @param value the AS to use instead of the node's; null for none
     * @return this builder
     */
    public Builder localASOverride(@Nullable ASNumber value) {
      localASOverride = value;
      return this;
    }

    /**
     * The effective local AS.
     *
     * @param value the local AS of the session
     * @return this builder
     */
    public Builder localAS(ASNumber value) {
      localAS = value;
      return this;
    }

    /**
     * The local address to connect from.
     *
     * @param value the address to connect from; null to let BIRD choose
     * @return this builder
     */
    public Builder sourceAddress(@Nullable IPAddress value) {
      sourceAddress = value;
      return this;
    }

    /**
     * The GTSM hop count, or null for off.
     *
     * @param value the hop count; null for off
     * @return this builder
     */
    public Builder ttlSecurityHops(@Nullable Integer value) {
      ttlSecurityHops = value;
      return this;
    }

    /**
     * Whether this side is passive.
     *
     * @param value true if this side only waits for the peer to connect
     * @return this builder
     */
    public Builder passive(boolean value) {
      passive = value;
      return this;
    }

    /**
     * The cluster id, when the peer is a route-reflector client of this node.
     *
     * @param value the cluster id; null when the peer is no client
     * @return this builder
     */
    public Builder routeReflectorClusterId(@Nullable String value) {
      routeReflectorClusterId = value;
      return this;
    }

    /**
     * The session password.
     *
     * @param value the password; null for none
     * @return this builder
     */
    public Builder password(@Nullable Password value) {
      password = value;
      return this;
    }

    /**
     * The graceful-restart time in seconds.
     *
     * @param value the time in seconds; null for BIRD's default
     * @return this builder
     */
    public Builder gracefulRestartSeconds(@Nullable Long value) {
      gracefulRestartSeconds = value;
      return this;
    }

    /**
     * The keepalive time in seconds.
     *
     * @param value the time in seconds; null for BIRD's default
     * @return this builder
     */
    public Builder keepaliveSeconds(@Nullable Long value) {
      keepaliveSeconds = value;
      return this;
    }

    /**
     * The next-hop policy.
     *
     * @param value how the next hop is set on routes sent to the peer
     * @return this builder
     */
    public Builder nextHop(NextHopPolicy value) {
      nextHop = value;
      return this;
    }

    /**
     * How often the local AS may appear in received paths.
     *
     * @param value the count; null for BIRD's default
     * @return this builder
     */
    public Builder allowLocalAsCount(@Nullable Integer value) {
      allowLocalAsCount = value;
      return this;
    }

    /**
     * The import filter calls.
     *
     * @param value the BGPFilters applied to imported routes, in order
     * @return this builder
     */
    public Builder importFilters(List<FilterRef> value) {
      importFilters = value;
      return this;
    }

    /**
     * The export filter calls.
     *
     * @param value the BGPFilters applied to exported routes, in order
     * @return this builder
     */
    public Builder exportFilters(List<FilterRef> value) {
      exportFilters = value;
      return this;
    }

    /**
     * The gateway the peer is reached through.
     *
     * @param value the gateway's address as written; null for none
     * @return this builder
     */
    public Builder reachableBy(@Nullable String value) {
      reachableBy = value;
      return this;
    }

    /**
     * The BGPPeer this peer comes from.
     *
     * @param value the BGPPeer's name; null for mesh peers
     * @return this builder
     */
    public Builder bgpPeerName(@Nullable String value) {
      bgpPeerName = value;
      return this;
    }

    /**
     * The Calico node at the peer's address.
     *
     * @param value the node's name; null when the address is no Calico node's
     * @return this builder
     */
    public Builder remoteNodeName(@Nullable String value) {
      remoteNodeName = value;
      return this;
    }

    /** {@return the peer; fails when a required field is missing} */
    public Peer build() {
      return new Peer(
          Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(kind, "kind"),
          Objects.requireNonNull(family, "address"),
          Objects.requireNonNull(address, "address"),
          port,
          Objects.requireNonNull(remoteAS, "remoteAS"),
          localASOverride,
          Objects.requireNonNull(localAS, "localAS"),
          sourceAddress,
          ttlSecurityHops,
          passive,
          routeReflectorClusterId,
          password,
          gracefulRestartSeconds,
          keepaliveSeconds,
          nextHop,
          allowLocalAsCount,
          importFilters,
          exportFilters,
          reachableBy,
          bgpPeerName,
          remoteNodeName);
    }
  }
}
