package io.github.calicobgp.peering.diagnostics;

/**
 * The kinds of {@link Finding}. The names are stable: scripts may match on them, so a code is
 * never renamed or reused; new codes are added at the end of their group. A node-to-node session
 * "can establish" when both ends are configured and none of the session codes (the first six)
 * applies to it.
 */
public enum FindingCode {

  /**
   * A node has a peer for another Calico node, which has none for it in that family: BIRD on the
   * other node refuses the connection and the session never establishes. Typical causes:
   * {@code reversePeering: Manual}, or an explicit {@code peerIP} whose {@code asNumber} or port
   * is not the node's, so that confd adds no reverse peering.
   */
  HALF_OPEN_SESSION(Severity.ERROR),

  /**
   * The two ends of a node-to-node session disagree on AS numbers: one expects an AS the other
   * does not speak (its remote AS for the other is not the other's local AS for it).
   */
  SESSION_AS_MISMATCH(Severity.ERROR),

  /** Both ends of a node-to-node session have a password, and they differ: TCP MD5 fails. */
  SESSION_PASSWORD_MISMATCH(Severity.ERROR),

  /** Only one end of a node-to-node session has a password: TCP MD5 fails. */
  SESSION_PASSWORD_ONE_END(Severity.ERROR),

  /**
   * No end of a node-to-node session can connect: every active end connects to a port the other
   * end does not listen on.
   */
  SESSION_PORT_MISMATCH(Severity.ERROR),

  /** Both ends of a node-to-node session are passive: each waits for the other. */
  SESSION_BOTH_PASSIVE(Severity.ERROR),

  /**
   * A node with a BGP address has no session that can establish, neither with another node nor
   * with an external peer (local workloads do not count), in a cluster of two or more such nodes.
   */
  NODE_ISOLATED(Severity.ERROR),

  /**
   * In one family, the sessions that can establish between nodes split the nodes (isolated ones
   * left out) into parts that share no session, listed in the message. {@link Severity#INFO}
   * instead of an error when every part has an external peer in that family, through which the
   * parts may be connected (as in an AS-per-rack design). Not reported when no node peers with
   * another at all ({@link #MESH_DISABLED_WITHOUT_NODE_PEERING}).
   */
  CLUSTER_PARTITIONED(Severity.ERROR),

  /**
   * The node-to-node mesh is disabled and no BGPPeer peers two Calico nodes with each other.
   * {@link Severity#INFO} instead of an error when every node has an external peer, through which
   * routes may flow (as in an AS-per-rack design).
   */
  MESH_DISABLED_WITHOUT_NODE_PEERING(Severity.ERROR),

  /**
   * The node-to-node mesh has more than 100 nodes, above which Calico recommends route
   * reflectors; the message gives the session count.
   */
  MESH_TOO_LARGE(Severity.WARNING),

  /** A route reflector has no client session that can establish, so it reflects nothing. */
  ROUTE_REFLECTOR_WITHOUT_CLIENTS(Severity.WARNING),

  /**
   * Nodes that peer with route reflectors as clients do carry the reflectors' own cluster id,
   * which makes them reflectors of the same cluster: no node is a client, nothing is reflected.
   */
  ROUTE_REFLECTOR_CLUSTER_ID_COPIED(Severity.ERROR),

  /**
   * Nodes that are the clients of exactly one route reflector and have no mesh session: if it
   * fails they lose the routes of every other node. One finding per route reflector.
   */
  SINGLE_ROUTE_REFLECTOR(Severity.WARNING),

  /**
   * Two route reflectors with the same cluster id have no session with each other: neither
   * learns the other's own routes, since their clients do not pass reflected routes on.
   */
  ROUTE_REFLECTORS_NOT_PEERED(Severity.WARNING),

  /**
   * The route reflectors form groups (by cluster id, joined by the sessions between reflectors)
   * that share no session, and some nodes are served by one group only: they never learn the
   * routes of nodes served only by another.
   */
  ROUTE_REFLECTOR_CLUSTERS_DISCONNECTED(Severity.ERROR),

  /**
   * A peer without an AS number (an explicit {@code peerIP} BGPPeer without {@code asNumber}):
   * confd writes {@code as 0}, and BIRD refuses the node's whole configuration.
   */
  PEER_AS_MISSING(Severity.ERROR),

  /**
   * An explicit peer at an address of no Calico node in the node's own AS, so the session is
   * iBGP: the peer passes the node's routes to its other iBGP peers only if it is a route
   * reflector. Usually an external router meant as an eBGP neighbour with the wrong
   * {@code asNumber}.
   */
  IBGP_TO_EXTERNAL_PEER(Severity.WARNING),

  /**
   * A node peers with a route reflector over eBGP (the two are in different AS numbers), so the
   * route reflector does not treat it as a client. Reported only when
   * {@link #EBGP_ROUTE_REFLECTOR_CLIENT} does not already cover the session.
   */
  EBGP_TO_ROUTE_REFLECTOR(Severity.WARNING),

  /**
   * A BGPPeer gives a route reflector clients and also peers in another AS: those are eBGP
   * sessions, not clients, so no reflection happens for them although the design meant them as
   * clients.
   */
  EBGP_ROUTE_REFLECTOR_CLIENT(Severity.WARNING),

  /**
   * A BGPPeer whose peerIP is no IP address (with or without a port), or whose reachableBy is no
   * IP address of the peer's family: confd drops it silently, so it makes no peering.
   */
  BGPPEER_IGNORED(Severity.ERROR),

  /**
   * A BGPPeer makes no peering: its {@code node} does not exist, or its {@code nodeSelector} or
   * {@code peerSelector} matches no node or does not parse.
   */
  BGPPEER_SELECTS_NO_NODE(Severity.WARNING),

  /**
   * A BGPPeer with neither {@code node} nor {@code nodeSelector} applies to every node, including
   * nodes added later.
   */
  BGPPEER_APPLIES_TO_ALL_NODES(Severity.INFO),

  /**
   * Two BGPPeers give a node peerings to the same address and port with different settings; confd
   * keeps one ({@code updatePeersV1}'s {@code emit}, confd/pkg/backends/calico/client.go) and the
   * message says which and why.
   */
  BGPPEERS_CONFLICT(Severity.WARNING),

  /**
   * A BGPPeer whose own peerings confd drops (as for {@link #BGPPEER_IGNORED}) but whose reverse
   * peerings it still makes, because its reverse pass neither parses the peerIP nor checks
   * reachableBy ({@code updatePeersV1}, confd/pkg/backends/calico/client.go). Mostly a BGPPeer
   * with only {@code node} (neither peerIP, peerSelector nor localWorkloadSelector), almost
   * certainly a mistake: {@code nodesWithIPPortAndAS} takes its empty peerIP for the address of
   * every node without an IPv4 or an IPv6 address, and each such node gets a peering to the
   * BGPPeer's node. The message lists those peerings, as {@code render} writes them.
   */
  BGPPEER_ONLY_REVERSE_PEERINGS(Severity.ERROR),

  /**
   * A BGPPeer names a BGPFilter that does not exist: confd skips it silently, so its peerings
   * import and export routes without it.
   */
  BGPFILTER_NOT_FOUND(Severity.ERROR),

  /**
   * A password refers to a Secret that does not exist (in the namespace calico-node reads):
   * confd sets no password.
   */
  SECRET_NOT_FOUND(Severity.ERROR),

  /**
   * A password refers to a key its Secret does not have (or whose value is not valid base64):
   * confd sets no password.
   */
  SECRET_KEY_NOT_FOUND(Severity.ERROR),

  /**
   * A password refers to a Secret value whose bytes are not UTF-8 text: confd would write the raw
   * bytes into BIRD's file; {@code render} refuses it rather than write a changed password.
   */
  SECRET_VALUE_NOT_UTF8(Severity.ERROR),

  /**
   * The cluster's or a node's AS number is 0, which BGP reserves (RFC 7607): confd writes
   * {@code as 0}, which BIRD refuses; {@code render} refuses the node.
   */
  AS_NUMBER_ZERO(Severity.ERROR),

  /**
   * A BGPPeer's peerIP is the unspecified address or an IPv6 link-local one (reachable only
   * through an interface, which Calico cannot name): BIRD refuses the neighbor, and so does
   * {@code render}.
   */
  PEER_ADDRESS_UNUSABLE(Severity.ERROR),

  /**
   * A graceful-restart or keepalive time that is negative or longer than 4294967295 seconds:
   * BIRD cannot read it, and {@code render} refuses it.
   */
  TIMER_OUT_OF_RANGE(Severity.ERROR),

  /**
   * A value render would refuse because BIRD rejects it or it would break BIRD's syntax: a service
   * range or advertised prefix with host bits set, a community part out of range, a BGPFilter
   * rule confd cannot turn into BIRD or a filter name that is no DNS-1123 name, an unsafe ignored
   * interface, a negative route priority, a route-reflector cluster id that is no IPv4 address,
   * a reachableBy gateway in the other family's syntax, more than 255 TTL-security hops. Found
   * by bgp-bird-render's {@code RenderableValues}, with the renderer's own checks.
   */
  VALUE_NOT_RENDERABLE(Severity.ERROR),

  /**
   * Two nodes have the same address: sessions to it reach only one of them, and the mesh skips
   * the address on both.
   */
  DUPLICATE_NODE_ADDRESS(Severity.ERROR),

  /**
   * Nodes without an address in a family other nodes use: they exchange no routes of that family
   * with them.
   */
  NODE_MISSING_FAMILY_ADDRESS(Severity.WARNING),

  /**
   * A Node whose BGP address does not parse (or is of the other family): confd drops the whole
   * Node, so no node peers with it and calico-node on it renders nothing.
   */
  NODE_IGNORED(Severity.ERROR),

  /**
   * An annotation of a Kubernetes Node whose value Calico finds invalid (an address that does not
   * parse or is of the other family, an AS number that is not one, a route-reflector cluster id
   * that is not an IPv4 address, malformed label JSON, ...): Calico logs it and goes on as if the
   * annotation were absent, so the node may peer with a default AS number, no address, or as a
   * plain node instead of a route reflector. It is found when Kubernetes Nodes are read.
   */
  NODE_ANNOTATION_IGNORED(Severity.WARNING);

  private final Severity defaultSeverity;

  FindingCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /** {@return the severity of this code's findings unless its documentation says otherwise} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
