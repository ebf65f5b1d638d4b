package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.Password;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PlanField;
import org.jspecify.annotations.Nullable;

/**
 * One {@code protocol bgp} stanza of {@code bird.cfg} (the {@code range $config.Peers} loop of
 * node/filesystem/etc/calico/confd/templates/bird.cfg.template).
 * Work per peer is proportional to its text: strings that many peers share (the mesh password,
 * the node's cluster id) are checked once.
 */
final class BirdPeerStanza {

  private static final String FROM_TEMPLATE_NEIGHBOR = " from bgp_template {\n  neighbor ";
  private static final String NEIGHBOR = ";\n  neighbor ";
  private static final String SOURCE_ADDRESS = ";\n  source address ";
  private static final String SOURCE_COMMENT =
      ";  # The local address we use for the TCP connection";
  private static final String TTL_OFF = "\n  ttl security off;\n  multihop;";

  /** BIRD's largest number: its lexer reads numbers into 32 bits. */
  static final long MAX_SECONDS = 0xffff_ffffL;

  private static final int MAX_HOPS = 255;

  /** Why a TTL-security hop count above {@link #MAX_HOPS} is refused. */
  static final String HOPS = "BIRD's multihop takes 1 to 255 hops";

  private final PeerFilterBodies bodies;
  private @Nullable String checkedPassword;
  private @Nullable String checkedClusterId;

  BirdPeerStanza(PeerFilterBodies bodies) {
    this.bodies = bodies;
  }

  /** Appends the stanza, starting with a new line and ending with its closing brace. */
  void append(TextBuffer out, Peer peer) {
    // Constant text is appended in as few pieces as the common cases allow: this is the loop
    // that renders a thousand mesh peers.
    out.add("\nprotocol bgp ").add(protocolName(peer));
    checkValues(peer);
    ASNumber localAS = peer.localASOverride();
    if (localAS != null && localAS.value() != 0) {
      out.add(" from bgp_template {\n  local as ").add(localAS.value()).add(NEIGHBOR);
    } else {
      out.add(FROM_TEMPLATE_NEIGHBOR);
    }
    out.add(peer.address());
    Integer port = peer.port();
    if (port != null && port > 0) {
      out.add(" port ").add(port);
    }
    out.add(" as ").add(peer.remoteAS().value());
    IPAddress source = peer.sourceAddress();
    if (source != null) {
      out.add(SOURCE_ADDRESS).add(source).add(SOURCE_COMMENT);
    } else {
      out.add(';');
    }
    Integer ttl = peer.ttlSecurityHops();
    if (ttl != null && ttl > 0) {
      out.add("\n  ttl security on;\n  multihop ").add(ttl).add(';');
    } else {
      out.add(TTL_OFF);
    }
    bodies.append(out, peer.importFilters(), peer.exportFilters(), peer.isInternal());
    if (peer.passive()) {
      out.add("\n  passive on;");
    }
    Long restart = peer.gracefulRestartSeconds();
    if (restart != null) {
      out.add("\n  graceful restart time ").add(restart).add(';');
    }
    Long keepalive = peer.keepaliveSeconds();
    if (keepalive != null) {
      out.add("\n  keepalive time ").add(keepalive).add(';');
    }
    String clusterId = peer.routeReflectorClusterId();
    if (clusterId != null && !clusterId.isEmpty()) {
      out.add("\n  rr client;\n  rr cluster id ").add(clusterId(clusterId, peer)).add(';');
    }
    Password password = peer.password();
    if (password != null && password.problem() != null) {
      Origin origin = password.origin();
      throw new UnsafeConfigValueException(
          origin == null ? subject(peer) : origin.resource().toString(),
          origin == null ? "password" : origin.field(),
          password.problem() + "; refusing to write any other password", "<redacted>", origin);
    }
    if (password != null && !password.reveal().isEmpty()) {
      out.add("\n  password \"").add(password(password, peer)).add("\";");
    }
    switch (peer.nextHop()) {
      case KEEP -> out.add("\n  next hop keep;");
      case SELF -> out.add("\n  next hop self;");
      case DEFAULT -> {
        // BGP's default next-hop handling: no statement.
      }
    }
    Integer allowLocalAs = peer.allowLocalAsCount();
    if (allowLocalAs != null && allowLocalAs > 0) {
      out.add("\n  allow local as ").add(allowLocalAs).add(';');
    }
    out.add("\n}");
  }

  /** The peer's protocol name, which confd derives from its address. */
  private static String protocolName(Peer peer) {
    try {
      return BirdStrings.protocolName(peer.name());
    } catch (UnsafeConfigValueException e) {
      throw e.tracing(PlanField.PEER_NAME, peer, null);
    }
  }

  private String clusterId(String clusterId, Peer peer) {
    if (!clusterId.equals(checkedClusterId)) {
      try {
        checkedClusterId = BirdStrings.ipv4(clusterId, subject(peer), "routeReflectorClusterId");
      } catch (UnsafeConfigValueException e) {
        // The cluster id is this node's, given to its clients: blame the Node, not the peer.
        throw new UnsafeConfigValueException(e.subject(), e.field(), e.reason(),
            e.displayValue(), PlanField.ROUTE_REFLECTOR_CLUSTER_ID, null);
      }
    }
    return clusterId;
  }

  /**
   * Refuses the values BIRD 1.6's parser rejects (each limit tried with {@code bird -p}): AS 0
   * ("Remote AS number must be set", "Local AS number must be set"), the unspecified address
   * ("Neighbor must be configured"), an IPv6 link-local address without an interface, timers
   * that are negative (a syntax error) or above 4294967295 seconds ("Number out of range"), and
   * a TTL-security hop count above 255 ("Multihop must be in range 1-255").
   */
  private static void checkValues(Peer peer) {
    if (peer.localAS().value() == 0) {
      throw refuse(peer, PlanField.LOCAL_AS_NUMBER, "localASNumber", "the local AS number is 0,"
          + " which BIRD refuses ('Local AS number must be set'); set an AS number", "0");
    }
    if (peer.remoteAS().value() == 0) {
      throw refuse(peer, PlanField.PEER_AS_NUMBER, "asNumber", "the peer's AS number is 0,"
          + " which BIRD refuses ('Remote AS number must be set'); set the peer's AS number",
          "0");
    }
    IPAddress address = peer.address();
    String addressProblem = address.isZero()
        ? "is the unspecified address, which BIRD refuses as a neighbor"
        : address.isIPv6LinkLocal()
            ? "is an IPv6 link-local address, which BIRD accepts only with an interface"
                + " (Calico gives none)"
            : null;
    if (addressProblem != null) {
      throw refuse(peer, PlanField.PEER_ADDRESS, "address", addressProblem, address.toString());
    }
    checkSeconds(peer, peer.gracefulRestartSeconds(), PlanField.GRACEFUL_RESTART_TIME,
        "gracefulRestartTime");
    checkSeconds(peer, peer.keepaliveSeconds(), PlanField.KEEPALIVE_TIME, "keepaliveTime");
    Integer ttl = peer.ttlSecurityHops();
    if (ttl != null && ttl > MAX_HOPS) {
      throw refuse(peer, PlanField.TTL_SECURITY, "ttlSecurity",
          HOPS, ttl.toString());
    }
  }

  private static void checkSeconds(
      Peer peer, @Nullable Long seconds, PlanField field, String name) {
    if (seconds != null && (seconds < 0 || seconds > MAX_SECONDS)) {
      throw refuse(peer, field, name, "must be 0 to 4294967295 seconds, which BIRD's numbers"
          + " hold (a negative time is a syntax error; a longer one is 'Number out of range')",
          seconds + "s");
    }
  }

  private static UnsafeConfigValueException refuse(
      Peer peer, PlanField field, String name, String reason, String value) {
    return new UnsafeConfigValueException(
        subject(peer), name, reason, DisplayText.quote(value), field, peer);
  }

  private String password(Password configured, Peer peer) {
    String password = configured.reveal();
    if (!password.equals(checkedPassword)) {
      try {
        checkedPassword = BirdStrings.password(password, subject(peer), "password");
      } catch (UnsafeConfigValueException e) {
        Origin origin = configured.origin();
        throw origin == null ? e : e.at(origin);
      }
    }
    return password;
  }

  private static String subject(Peer peer) {
    String bgpPeer = peer.bgpPeerName();
    return "peer "
        + peer.name()
        + (bgpPeer == null ? " (" + peer.kind().description() + ")" : " (BGPPeer/" + bgpPeer + ")");
  }
}
