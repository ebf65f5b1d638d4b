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

  /** Checks the required fields and copies the filter lists. */
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

  /** Whether both ends are in the same AS (iBGP), comparing the effective local AS. */
  public boolean isInternal() {
    return remoteAS.equals(localAS);
  }

  /** Whether this node reflects routes to the peer (the peer is a route-reflector client). */
  public boolean isRouteReflectorClient() {
    return routeReflectorClusterId != null;
  }

  /** A builder with the required fields to fill in. */
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

    /** confd's protocol name. */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Where the peer comes from. */
    public Builder kind(PeerKind value) {
      kind = value;
      return this;
    }

    /** The peer's address; also sets the family. */
    public Builder address(IPAddress value) {
      address = value;
      family = value.family();
      return this;
    }

    /** The peer's port, or null for BGP's default. */
    public Builder port(@Nullable Integer value) {
      port = value;
      return this;
    }

    /** The peer's AS. */
    public Builder remoteAS(ASNumber value) {
      remoteAS = value;
      return this;
    }

    /** The local AS override ({@code localASNumber}), if any. */
    public Builder localASOverride(@Nullable ASNumber value) {
      localASOverride = value;
      return this;
    }

    /** The effective local AS. */
    public Builder localAS(ASNumber value) {
      localAS = value;
      return this;
    }

    /** The local address to connect from. */
    public Builder sourceAddress(@Nullable IPAddress value) {
      sourceAddress = value;
      return this;
    }

    /** The GTSM hop count, or null for off. */
    public Builder ttlSecurityHops(@Nullable Integer value) {
      ttlSecurityHops = value;
      return this;
    }

    /** Whether this side is passive. */
    public Builder passive(boolean value) {
      passive = value;
      return this;
    }

    /** The cluster id, when the peer is a route-reflector client of this node. */
    public Builder routeReflectorClusterId(@Nullable String value) {
      routeReflectorClusterId = value;
      return this;
    }

    /** The session password. */
    public Builder password(@Nullable Password value) {
      password = value;
      return this;
    }

    /** The graceful-restart time in seconds. */
    public Builder gracefulRestartSeconds(@Nullable Long value) {
      gracefulRestartSeconds = value;
      return this;
    }

    /** The keepalive time in seconds. */
    public Builder keepaliveSeconds(@Nullable Long value) {
      keepaliveSeconds = value;
      return this;
    }

    /** The next-hop policy. */
    public Builder nextHop(NextHopPolicy value) {
      nextHop = value;
      return this;
    }

    /** How often the local AS may appear in received paths. */
    public Builder allowLocalAsCount(@Nullable Integer value) {
      allowLocalAsCount = value;
      return this;
    }

    /** The import filter calls. */
    public Builder importFilters(List<FilterRef> value) {
      importFilters = value;
      return this;
    }

    /** The export filter calls. */
    public Builder exportFilters(List<FilterRef> value) {
      exportFilters = value;
      return this;
    }

    /** The gateway the peer is reached through. */
    public Builder reachableBy(@Nullable String value) {
      reachableBy = value;
      return this;
    }

    /** The BGPPeer this peer comes from. */
    public Builder bgpPeerName(@Nullable String value) {
      bgpPeerName = value;
      return this;
    }

    /** The Calico node at the peer's address. */
    public Builder remoteNodeName(@Nullable String value) {
      remoteNodeName = value;
      return this;
    }

    /** The peer; fails when a required field is missing. */
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
