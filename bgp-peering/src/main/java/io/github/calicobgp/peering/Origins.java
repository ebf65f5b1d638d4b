package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.Community;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.PrefixAdvertisement;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.ServiceIPBlock;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a value of a plan came from, worked out when a value is refused rather than carried by
 * every value: the rules are the planner's own (a mesh peer's AS is the remote node's, else this
 * node's; a selector peer's address is the selected node's; a BGPPeer's timers are its own), so
 * they live beside it, and planning allocates nothing for them.
 */
public final class Origins {

  private static final String DEFAULT = "default";

  private Origins() {}

  /**
   * The resource and field that {@code field} of {@code peer} (or of node {@code nodeName} when
   * {@code peer} is null) came from in {@code snapshot}.
   *
   * @param snapshot the cluster the plan was made from
   * @param nodeName the node whose plan holds the value
   * @param peer the peer that holds the value, or null for a value of the node
   * @param field which value
   * @return its origin, or empty when no resource holds it (e.g. a router id given as an option)
   */
  public static Optional<Origin> of(
      ClusterSnapshot snapshot, String nodeName, @Nullable Peer peer, PlanField field) {
    return of(snapshot, nodeName, peer, field, null);
  }

  /**
   * The resource and field that {@code field} of {@code peer} (or of node {@code nodeName} when
   * {@code peer} is null) came from in {@code snapshot}, where the plan holds the value as the
   * text {@code value}: the values a plan keeps as written (service routes, communities,
   * gateways, the router id) are found by their text, the first field in the resources' order
   * that gives it.
   *
   * @param snapshot the cluster the plan was made from
   * @param nodeName the node whose plan holds the value
   * @param peer the peer that holds the value, or null for a value of the node
   * @param field which value
   * @param value the value as the plan holds it; null when the field is not traced by its text
   *     (or, for {@link PlanField#ROUTER_ID}, when the node has none)
   * @return its origin, or empty when no resource holds it (e.g. a router id given as an option)
   */
  public static Optional<Origin> of(ClusterSnapshot snapshot, String nodeName,
      @Nullable Peer peer, PlanField field, @Nullable String value) {
    Origin byText = switch (field) {
      case SERVICE_ROUTE -> serviceRoute(snapshot, value);
      case SERVICE_LOAD_BALANCER_IP -> configList(snapshot, "spec.serviceLoadBalancerIPs",
          snapshot.defaultConfiguration().map(c -> c.spec().serviceLoadBalancerIPs()), value);
      case SERVICE_EXTERNAL_IP -> configList(snapshot, "spec.serviceExternalIPs",
          snapshot.defaultConfiguration().map(c -> c.spec().serviceExternalIPs()), value);
      case REACHABLE_BY -> reachableBy(snapshot, value);
      case COMMUNITY_PREFIX, COMMUNITY_VALUE -> community(snapshot, nodeName, field, value);
      case ROUTER_ID -> routerId(snapshot, nodeName, value);
      default -> null;
    };
    return byText != null ? Optional.of(byText)
        : Optional.ofNullable(find(snapshot, nodeName, peer, field));
  }

  private static @Nullable Origin find(
      ClusterSnapshot snapshot, String nodeName, @Nullable Peer peer, PlanField field) {
    BGPPeer bgpPeer = peer == null || peer.bgpPeerName() == null ? null
        : snapshot.bgpPeers().stream()
            .filter(b -> b.metadata().nameOrEmpty().equals(peer.bgpPeerName()))
            .findFirst().orElse(null);
    boolean selected = bgpPeer != null && !BGPPeerScope.isEmpty(bgpPeer.spec().peerSelector());
    // The remote node of a mesh peer or of a node a BGPPeer's peerSelector selects.
    String remote = peer != null && (bgpPeer == null || selected) ? peer.remoteNodeName() : null;
    return switch (field) {
      case PEER_ADDRESS, PEER_NAME -> remote != null
          ? node(remote, peer.family() == IPFamily.V4 ? "spec.bgp.ipv4Address"
              : "spec.bgp.ipv6Address")
          : bgpPeer(bgpPeer, "spec.peerIP");
      case PEER_AS_NUMBER -> {
        if (bgpPeer != null && !selected) {
          yield bgpPeer(bgpPeer, "spec.asNumber");
        }
        // confd's mesh: without its own AS the remote node is assumed in this node's AS.
        yield remote != null && nodeAs(snapshot, remote) ? node(remote, "spec.bgp.asNumber")
            : bgpPeer == null ? localAs(snapshot, nodeName) : globalAs(snapshot);
      }
      case LOCAL_AS_NUMBER -> peer != null && peer.localASOverride() != null
          ? bgpPeer(bgpPeer, "spec.localASNumber") : localAs(snapshot, nodeName);
      case GRACEFUL_RESTART_TIME -> bgpPeer != null ? bgpPeer(bgpPeer, "spec.maxRestartTime")
          : config(snapshot, "spec.nodeMeshMaxRestartTime");
      case KEEPALIVE_TIME -> bgpPeer(bgpPeer, "spec.keepaliveTime");
      case ROUTE_REFLECTOR_CLUSTER_ID -> node(nodeName, "spec.bgp.routeReflectorClusterID");
      case IPV4_NORMAL_ROUTE_PRIORITY -> config(snapshot, "spec.ipv4NormalRoutePriority");
      case IPV6_NORMAL_ROUTE_PRIORITY -> config(snapshot, "spec.ipv6NormalRoutePriority");
      case TTL_SECURITY -> bgpPeer(bgpPeer, "spec.ttlSecurity");
      // Traced by their text (of(..., value)); nothing holds a text no resource gave.
      case ROUTER_ID, SERVICE_ROUTE, SERVICE_LOAD_BALANCER_IP, SERVICE_EXTERNAL_IP, REACHABLE_BY,
          COMMUNITY_PREFIX, COMMUNITY_VALUE -> null;
    };
  }

  /**
   * The router id's source: the node's IPv4 address when the id is its text, or the node's
   * (missing) IPv4 address when there is no id; an id the node does not hold came from an option.
   */
  private static @Nullable Origin routerId(
      ClusterSnapshot snapshot, String nodeName, @Nullable String value) {
    if (value == null || value.isEmpty()) {
      return snapshot.node(nodeName).isPresent() ? node(nodeName, "spec.bgp.ipv4Address") : null;
    }
    String address = snapshot.node(nodeName).map(Node::spec).map(NodeSpec::bgp)
        .map(NodeSpec.BGP::ipv4Address).orElse(null);
    if (address == null) {
      return null;
    }
    int slash = address.indexOf('/');
    return (slash < 0 ? address : address.substring(0, slash)).equals(value)
        ? node(nodeName, "spec.bgp.ipv4Address") : null;
  }

  /**
   * A service route's source, in the order confd lists them ({@link ServiceRoutes}): the default
   * BGPConfiguration's cluster, external and LoadBalancer ranges, then the Services' cluster,
   * external and LoadBalancer ingress addresses, each compared in the form confd lists it.
   */
  private static @Nullable Origin serviceRoute(ClusterSnapshot snapshot, @Nullable String value) {
    if (value == null) {
      return null;
    }
    Optional<BGPConfigurationSpec> spec = snapshot.defaultConfiguration().map(c -> c.spec());
    Origin found = configList(snapshot, "spec.serviceClusterIPs",
        spec.map(BGPConfigurationSpec::serviceClusterIPs), value);
    if (found == null) {
      found = configList(snapshot, "spec.serviceExternalIPs",
          spec.map(BGPConfigurationSpec::serviceExternalIPs), value);
    }
    if (found == null) {
      found = configList(snapshot, "spec.serviceLoadBalancerIPs",
          spec.map(BGPConfigurationSpec::serviceLoadBalancerIPs), value);
    }
    for (int s = 0; found == null && s < snapshot.services().size(); s++) {
      Service service = snapshot.services().get(s);
      String at = hostRoute(service.spec().clusterIPs(), value, "spec.clusterIPs");
      if (at == null) {
        at = hostRoute(service.spec().externalIPs(), value, "spec.externalIPs");
      }
      if (at == null && service.status() != null && service.status().loadBalancer() != null) {
        List<Service.Ingress> ingress = service.status().loadBalancer().ingress();
        for (int i = 0; at == null && i < ingress.size(); i++) {
          String ip = ingress.get(i).ip();
          if (ip != null && isHostRoute(ip, value)) {
            at = "status.loadBalancer.ingress[" + i + "].ip";
          }
        }
      }
      if (at != null) {
        found = new Origin(ResourceKey.of(service), at);
      }
    }
    return found;
  }

  private static @Nullable String hostRoute(List<String> ips, String value, String field) {
    for (int i = 0; i < ips.size(); i++) {
      if (isHostRoute(ips.get(i), value)) {
        return field + "[" + i + "]";
      }
    }
    return null;
  }

  /** Whether {@code ip}'s host route, as confd lists it, is {@code route}. */
  private static boolean isHostRoute(String ip, String route) {
    return ServiceRoutes.listedForm(ip + (ip.contains(":") ? "/128" : "/32")).equals(route);
  }

  /** Item {@code i} of a service range list of the default BGPConfiguration that gives value. */
  private static @Nullable Origin configList(ClusterSnapshot snapshot, String field,
      Optional<List<ServiceIPBlock>> blocks, @Nullable String value) {
    if (value == null || blocks.isEmpty()) {
      return null;
    }
    List<ServiceIPBlock> list = blocks.get();
    for (int i = 0; i < list.size(); i++) {
      String cidr = list.get(i).cidr();
      if (cidr != null && (cidr.equals(value) || ServiceRoutes.listedForm(cidr).equals(value))) {
        return config(snapshot, field + "[" + i + "].cidr");
      }
    }
    return null;
  }

  /** The first BGPPeer whose {@code reachableBy} is {@code value}. */
  private static @Nullable Origin reachableBy(ClusterSnapshot snapshot, @Nullable String value) {
    if (value == null) {
      return null;
    }
    for (BGPPeer peer : snapshot.bgpPeers()) {
      if (value.equals(peer.spec().reachableBy())) {
        return bgpPeer(peer, "spec.reachableBy");
      }
    }
    return null;
  }

  /**
   * A prefix advertisement's cidr, or a community it attaches: in the BGPConfiguration the
   * node's communities come from ({@link Communities#of}), the value as written in the
   * advertisement, else the value of the named community it references.
   */
  private static @Nullable Origin community(
      ClusterSnapshot snapshot, String nodeName, PlanField field, @Nullable String value) {
    Optional<BGPConfiguration> own = snapshot.nodeConfiguration(nodeName)
        .filter(c -> c.spec().prefixAdvertisements() != null);
    Optional<BGPConfiguration> source = own.isPresent() ? own : snapshot.defaultConfiguration();
    if (value == null || source.isEmpty()) {
      return null;
    }
    ResourceKey key = ResourceKey.of(source.get());
    List<PrefixAdvertisement> advertisements = source.get().spec().prefixAdvertisementsOrEmpty();
    List<Community> named = source.get().spec().communities();
    for (int i = 0; i < advertisements.size(); i++) {
      PrefixAdvertisement advertisement = advertisements.get(i);
      String at = "spec.prefixAdvertisements[" + i + "]";
      if (field == PlanField.COMMUNITY_PREFIX) {
        if (value.equals(advertisement.cidr())) {
          return new Origin(key, at + ".cidr");
        }
        continue;
      }
      List<String> entries = advertisement.communities();
      for (int j = 0; j < entries.size(); j++) {
        if (value.equals(entries.get(j))) {
          return new Origin(key, at + ".communities[" + j + "]");
        }
        for (int n = 0; n < named.size(); n++) {
          if (entries.get(j).equals(named.get(n).name()) && value.equals(named.get(n).value())) {
            return new Origin(key, "spec.communities[" + n + "].value");
          }
        }
      }
    }
    return null;
  }

  /**
   * Where item {@code index} of a plan's {@code ignoredInterfaces} came from: the cluster's
   * default BGPConfiguration, the only one confd reads it from.
   *
   * @param index the item's index in {@link NodePlan#ignoredInterfaces()}
   * @return the field of the default BGPConfiguration
   */
  public static Origin ignoredInterface(int index) {
    return new Origin(new ResourceKey(ResourceKind.BGP_CONFIGURATION, "", DEFAULT),
        "spec.ignoredInterfaces[" + index + "]");
  }

  private static boolean nodeAs(ClusterSnapshot snapshot, String nodeName) {
    NodeSpec.BGP bgp = snapshot.node(nodeName).map(n -> n.spec().bgp()).orElse(null);
    return bgp != null && bgp.asNumber() != null;
  }

  /** This node's AS: its own, else the cluster's. */
  private static @Nullable Origin localAs(ClusterSnapshot snapshot, String nodeName) {
    return nodeAs(snapshot, nodeName) ? node(nodeName, "spec.bgp.asNumber") : globalAs(snapshot);
  }

  private static @Nullable Origin globalAs(ClusterSnapshot snapshot) {
    return config(snapshot, "spec.asNumber");
  }

  private static @Nullable Origin config(ClusterSnapshot snapshot, String field) {
    Optional<BGPConfiguration> config = snapshot.defaultConfiguration();
    return config.isEmpty() ? null
        : new Origin(new ResourceKey(ResourceKind.BGP_CONFIGURATION, "", DEFAULT), field);
  }

  private static Origin node(String nodeName, String field) {
    return new Origin(new ResourceKey(ResourceKind.NODE, "", nodeName), field);
  }

  private static @Nullable Origin bgpPeer(@Nullable BGPPeer peer, String field) {
    return peer == null ? null : new Origin(ResourceKey.of(peer), field);
  }
}
