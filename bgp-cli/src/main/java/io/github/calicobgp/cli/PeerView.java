package io.github.calicobgp.cli;

import io.github.calicobgp.peering.FilterRef;
import io.github.calicobgp.peering.Peer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the CLI shows a {@link Peer}: table cells, and a map for JSON and YAML (no password). */
final class PeerView {

  /** The table columns of {@link #cells(Peer)}. */
  static final List<String> COLUMNS =
      List.of("NAME", "ADDRESS", "AS", "KIND", "PASSIVE", "RR-CLIENT", "FILTERS");

  private PeerView() {}

  /** One table row: name, address[:port], AS, kind, passive, RR client (cluster id), filters. */
  static List<String> cells(Peer p) {
    return List.of(
        p.name(),
        p.port() == null ? p.address().toString() : address(p) + ":" + p.port(),
        p.remoteAS().toString() + (p.localASOverride() == null ? "" : " (local " + p.localAS()
            + ")"),
        p.kind().description(),
        p.passive() ? "yes" : "no",
        p.isRouteReflectorClient() ? "yes (" + p.routeReflectorClusterId() + ")" : "no",
        filters(p));
  }

  /** Every field of the peer, for JSON and YAML; the password only says whether there is one. */
  static Map<String, Object> fields(Peer p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    m.put("family", p.family().name().toLowerCase(Locale.ROOT));
    m.put("address", p.address().toString());
    m.put("port", p.port());
    m.put("asNumber", p.remoteAS().value());
    m.put("localASNumber", p.localAS().value());
    m.put("localASOverride", p.localASOverride() != null);
    m.put("passive", p.passive());
    m.put("routeReflectorClient", p.isRouteReflectorClient());
    m.put("routeReflectorClusterID", p.routeReflectorClusterId());
    m.put("sourceAddress", p.sourceAddress() == null ? null : p.sourceAddress().toString());
    m.put("ttlSecurityHops", p.ttlSecurityHops());
    m.put("password", p.password() != null);
    m.put("gracefulRestartSeconds", p.gracefulRestartSeconds());
    m.put("keepaliveSeconds", p.keepaliveSeconds());
    m.put("nextHop", p.nextHop().name().toLowerCase(Locale.ROOT));
    m.put("allowLocalASCount", p.allowLocalAsCount());
    m.put("importFilters", names(p.importFilters()));
    m.put("exportFilters", names(p.exportFilters()));
    m.put("reachableBy", p.reachableBy());
    m.put("bgpPeer", p.bgpPeerName());
    m.put("remoteNode", p.remoteNodeName());
    return m;
  }

  private static String address(Peer p) {
    String a = p.address().toString();
    return a.contains(":") ? "[" + a + "]" : a;
  }

  private static String filters(Peer p) {
    if (p.importFilters().isEmpty() && p.exportFilters().isEmpty()) {
      return "-";
    }
    return "import: " + join(p.importFilters()) + "; export: " + join(p.exportFilters());
  }

  private static String join(List<FilterRef> refs) {
    return refs.isEmpty() ? "-" : String.join(",", names(refs));
  }

  private static List<String> names(List<FilterRef> refs) {
    return refs.stream().map(FilterRef::filterName).collect(Collectors.toList());
  }
}
