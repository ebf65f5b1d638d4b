package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A setting of a {@link Peer} that two peerings of one address can differ in, named after the
 * BGPPeer field it comes from, so that analysis can say what differs without showing secrets.
 */
public enum PeerSetting {
  /** Where the peer comes from: mesh, global, node-specific or local workload. */
  KIND("kind", Peer::kind, p -> p.kind().description()),
  /** The BGPPeer that made the peer ({@code -} for the mesh). */
  BGP_PEER("BGPPeer", Peer::bgpPeerName, p -> orDash(p.bgpPeerName())),
  /** The port connected to, no port counting as BGP's 179. */
  PORT("port", PeerSetting::port, p -> String.valueOf(port(p))),
  /** The peer's AS number. */
  AS_NUMBER("asNumber", Peer::remoteAS, p -> p.remoteAS().toString()),
  /** The effective local AS number. */
  LOCAL_AS_NUMBER("localASNumber", Peer::localAS, p -> p.localAS().toString()),
  /** Whether this side only waits for the peer to connect. */
  PASSIVE("passive", Peer::passive, p -> String.valueOf(p.passive())),
  /** The cluster id when the peer is this node's route-reflector client. */
  ROUTE_REFLECTOR_CLIENT("route-reflector client", Peer::routeReflectorClusterId,
      p -> p.routeReflectorClusterId() == null ? "no" : "cluster " + p.routeReflectorClusterId()),
  /** The session password, compared but never shown. */
  PASSWORD("password", Peer::password, p -> p.password() == null ? "none" : "a password"),
  /** The local address connected from. */
  SOURCE_ADDRESS("sourceAddress", Peer::sourceAddress, p -> orDash(p.sourceAddress())),
  /** The GTSM hop count. */
  TTL_SECURITY("ttlSecurity", Peer::ttlSecurityHops, p -> orDash(p.ttlSecurityHops())),
  /** The graceful-restart time. */
  MAX_RESTART_TIME("maxRestartTime", Peer::gracefulRestartSeconds,
      p -> seconds(p.gracefulRestartSeconds())),
  /** The keepalive time. */
  KEEPALIVE_TIME("keepaliveTime", Peer::keepaliveSeconds, p -> seconds(p.keepaliveSeconds())),
  /** The next-hop policy. */
  NEXT_HOP_MODE("nextHopMode", Peer::nextHop, PeerSetting::nextHop),
  /** How often the local AS may appear in received paths. */
  NUM_ALLOWED_LOCAL_AS_NUMBERS("numAllowedLocalASNumbers", Peer::allowLocalAsCount,
      p -> orDash(p.allowLocalAsCount())),
  /** The BGPFilters applied to imported routes. */
  IMPORT_FILTERS("import filters", Peer::importFilters, p -> filters(p.importFilters())),
  /** The BGPFilters applied to exported routes. */
  EXPORT_FILTERS("export filters", Peer::exportFilters, p -> filters(p.exportFilters())),
  /** The gateway the peer is reached through. */
  REACHABLE_BY("reachableBy", Peer::reachableBy, p -> orDash(p.reachableBy()));

  private final String label;
  private final Function<Peer, @Nullable Object> value;
  private final Function<Peer, String> text;

  PeerSetting(String label, Function<Peer, @Nullable Object> value, Function<Peer, String> text) {
    this.label = label;
    this.value = value;
    this.text = text;
  }

  /** {@return the name people know the setting by, e.g. {@code asNumber}} */
  public String label() {
    return label;
  }

  /**
   * {@return the setting's value in {@code peer} as text; a password shows only whether there is
   * one}
   *
   * @param peer the peer to read the setting of
   */
  public String describe(Peer peer) {
    return text.apply(peer);
  }

  /**
   * {@return whether {@code a} and {@code b} differ in this setting}
   *
   * @param a one peer
   * @param b the other peer
   */
  public boolean differs(Peer a, Peer b) {
    return !Objects.equals(value.apply(a), value.apply(b));
  }

  /**
   * {@return the settings {@code a} and {@code b} differ in, in declaration order}
   *
   * @param a one peer
   * @param b the other peer
   */
  public static List<PeerSetting> differing(Peer a, Peer b) {
    List<PeerSetting> result = new ArrayList<>();
    for (PeerSetting setting : values()) {
      if (setting.differs(a, b)) {
        result.add(setting);
      }
    }
    return result;
  }

  private static int port(Peer peer) {
    return peer.port() == null ? 179 : peer.port();
  }

  private static String nextHop(Peer peer) {
    return switch (peer.nextHop()) {
      case DEFAULT -> "Auto";
      case SELF -> "Self";
      case KEEP -> "Keep";
    };
  }

  private static String orDash(@Nullable Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String seconds(@Nullable Long value) {
    return value == null ? "-" : value + "s";
  }

  private static String filters(List<FilterRef> refs) {
    return refs.isEmpty() ? "-"
        : refs.stream().map(FilterRef::filterName).collect(Collectors.joining(", "));
  }
}
