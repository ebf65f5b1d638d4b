package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Service advertisement ({@code updateGlobalRoutes} in confd/pkg/backends/calico/client.go; {@code
 * advertiseThisService} in confd/pkg/backends/calico/routes.go): the global service ranges of
 * GCFG and the per-Service
 * routes. Everything that does not depend on the node is computed once; a node then adds the
 * routes of its {@code externalTrafficPolicy: Local} Services.
 */
final class ServiceRoutes {

  static final String EXCLUDE_LABEL = "node.kubernetes.io/exclude-from-external-load-balancers";

  private static final Set<String> ADVERTISED_TYPES = Set.of("ClusterIP", "NodePort", "LoadBalancer");

  /** The routes of one family, as confd lists them: static routes and reject CIDRs. */
  record Routes(List<String> staticRoutes, List<String> rejectRoutes) {
    static final Routes NONE = new Routes(List.of(), List.of());
  }

  private final PeeringOptions options;
  private final List<String> globalRanges = new ArrayList<>();
  private final List<String> everywhere = new ArrayList<>();
  private final Map<String, List<String>> localByNode = new HashMap<>();
  private final boolean advertiseClusterIPs;
  private final List<CIDR> externalNets;
  private final List<CIDR> loadBalancerNets;

  ServiceRoutes(ClusterSnapshot snapshot, PeeringOptions options) {
    this.options = options;
    ClusterSettings settings = snapshot.settings();
    String override = options.advertiseClusterIPs();
    List<String> cluster = override == null || override.isEmpty()
        ? settings.serviceClusterIPs() : List.of(override);
    // A set with a CIDR that does not parse keeps its previous contents, none on a fresh start.
    List<String> globalCluster = allParse(cluster) ? cluster : List.of();
    advertiseClusterIPs = !globalCluster.isEmpty();
    List<String> external = settings.serviceExternalIPs();
    // Calico's quirk (filterNonSingleIPsFromCIDRs, confd/pkg/backends/calico/client.go):
    // single-IP ranges are never advertised globally.
    List<String> globalExternal = nonSingle(external);
    boolean externalValid = allParse(globalExternal);
    externalNets = externalValid ? parseValid(external) : List.of();
    List<String> loadBalancer = settings.serviceLoadBalancerIPs();
    List<String> globalLoadBalancer = List.of();
    if (settings.aggregatesLoadBalancerIPs()) {
      List<String> ranges = nonSingle(loadBalancer);
      boolean valid = allParse(ranges);
      globalLoadBalancer = valid ? ranges : List.of();
      loadBalancerNets = valid ? parseValid(loadBalancer) : List.of();
    } else {
      loadBalancerNets = parseValid(loadBalancer);
    }
    globalRanges.addAll(globalCluster);
    globalRanges.addAll(externalValid ? globalExternal : List.of());
    globalRanges.addAll(globalLoadBalancer);
    for (Service service : snapshot.services()) {
      List<EndpointSlice> slices = snapshot.endpointSlices(
          service.metadata().namespaceOrEmpty(), service.metadata().nameOrEmpty());
      // A Service without any EndpointSlice is never evaluated
      // (setRouteForSvc, confd/pkg/backends/calico/routes.go).
      if (!slices.isEmpty()) {
        classify(service, slices, settings.aggregatesLoadBalancerIPs());
      }
    }
  }

  /**
   * The routes of {@code family} for {@code node}. A node labelled
   * {@code node.kubernetes.io/exclude-from-external-load-balancers: "true"} keeps the reject
   * CIDRs but advertises nothing.
   */
  Routes forNode(CalicoNode node, IPFamily family) {
    if (globalRanges.isEmpty() && everywhere.isEmpty() && localByNode.isEmpty()) {
      // Nothing is advertised anywhere: no node's labels need reading.
      return Routes.NONE;
    }
    List<String> rejects = listed(globalRanges, family);
    if ("true".equals(node.labels().get(EXCLUDE_LABEL))) {
      return new Routes(List.of(), rejects);
    }
    List<String> routes = new ArrayList<>(globalRanges);
    routes.addAll(everywhere);
    routes.addAll(localByNode.getOrDefault(options.k8sNodeRefFor(node.name()), List.of()));
    return new Routes(listed(routes, family), rejects);
  }

  /**
   * Applies the rules of {@code advertiseThisService} (confd/pkg/backends/calico/routes.go) that do
   * not depend on the node.
   */
  private void classify(Service service, List<EndpointSlice> slices, boolean aggregate) {
    Service.Spec spec = service.spec();
    if (spec.type() == null || !ADVERTISED_TYPES.contains(spec.type())
        || spec.clusterIP() == null || spec.clusterIP().isEmpty()
        || spec.clusterIP().equals("None")) {
      return;
    }
    String policy = spec.externalTrafficPolicy() == null ? "" : spec.externalTrafficPolicy();
    if (policy.equals("Cluster")
        && (spec.type().equals("LoadBalancer") && hasSingleLoadBalancerIP(service)
            || spec.externalIPs().stream().anyMatch(ip -> isSingle(ip, externalNets)))) {
      everywhere.addAll(routes(service));
      return;
    }
    boolean local = policy.equals("Local");
    if (!local && aggregate) {
      return;
    }
    Set<String> families = new HashSet<>(spec.ipFamilies());
    Set<String> nodes = new HashSet<>();
    for (EndpointSlice slice : slices) {
      if (!families.contains(slice.addressType())) {
        continue;
      }
      for (EndpointSlice.Endpoint endpoint : slice.endpoints()) {
        if (!endpoint.isReady()) {
          continue;
        }
        if (!local) {
          everywhere.addAll(routes(service));
          return;
        }
        if (endpoint.nodeName() != null) {
          nodes.add(endpoint.nodeName());
        }
      }
    }
    List<String> routes = nodes.isEmpty() ? List.of() : routes(service);
    for (String node : nodes) {
      localByNode.computeIfAbsent(node, k -> new ArrayList<>()).addAll(routes);
    }
  }

  /**
   * An advertised Service's routes: its cluster IPs when cluster IPs are advertised (not checked
   * against the ranges: {@code getAllRoutesForService}, confd/pkg/backends/calico/routes.go), and
   * its external and LoadBalancer ingress IPs that lie in an allowed range, each as a host route.
   */
  private List<String> routes(Service service) {
    List<String> ips = new ArrayList<>();
    if (advertiseClusterIPs) {
      ips.addAll(service.spec().clusterIPs());
    }
    for (String ip : service.spec().externalIPs()) {
      if (isAllowed(ip, externalNets)) {
        ips.add(ip);
      }
    }
    for (String ip : ingressIPs(service)) {
      if (!ip.isEmpty() && isAllowed(ip, loadBalancerNets)) {
        ips.add(ip);
      }
    }
    List<String> routes = new ArrayList<>(ips.size());
    for (String ip : ips) {
      routes.add(ip + (ip.contains(":") ? "/128" : "/32"));
    }
    return routes;
  }

  private boolean hasSingleLoadBalancerIP(Service service) {
    if (isSingle(service.spec().loadBalancerIP(), loadBalancerNets)) {
      return true;
    }
    return ingressIPs(service).stream().anyMatch(ip -> isSingle(ip, loadBalancerNets));
  }

  private static List<String> ingressIPs(Service service) {
    if (service.status() == null || service.status().loadBalancer() == null) {
      return List.of();
    }
    List<String> ips = new ArrayList<>();
    for (Service.Ingress ingress : service.status().loadBalancer().ingress()) {
      ips.add(ingress.ip() == null ? "" : ingress.ip());
    }
    return ips;
  }

  private static boolean isAllowed(@Nullable String ip, List<CIDR> nets) {
    return matchingNet(ip, nets, false);
  }

  private static boolean isSingle(@Nullable String ip, List<CIDR> nets) {
    return matchingNet(ip, nets, true);
  }

  private static boolean matchingNet(@Nullable String text, List<CIDR> nets, boolean fullLength) {
    Optional<IPAddress> ip = text == null ? Optional.empty() : IPAddress.tryParse(text);
    if (ip.isEmpty()) {
      return false;
    }
    for (CIDR net : nets) {
      if (net.contains(ip.get())
          && (!fullLength || net.prefixLength() == net.family().bits())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The test of {@code filterNonSingleIPsFromCIDRs} (confd/pkg/backends/calico/client.go): by text,
   * a CIDR ending in /32 (IPv4) or /128 (IPv6) is a single IP.
   */
  private static List<String> nonSingle(List<String> cidrs) {
    List<String> result = new ArrayList<>();
    for (String cidr : cidrs) {
      if (!cidr.endsWith(cidr.contains(":") ? "/128" : "/32")) {
        result.add(cidr);
      }
    }
    return result;
  }

  private static boolean allParse(List<String> cidrs) {
    return parseValid(cidrs).size() == cidrs.size();
  }

  private static List<CIDR> parseValid(List<String> cidrs) {
    List<CIDR> result = new ArrayList<>();
    for (String cidr : cidrs) {
      try {
        result.add(CIDR.parse(cidr));
      } catch (IllegalArgumentException unparsable) {
        // confd logs and skips it
      }
    }
    return result;
  }

  /**
   * confd's {@code ls} of route keys: the CIDRs of {@code family} (by the presence of ':'), keyed
   * with their first '/' as '-', deduplicated and sorted bytewise by key, each key turned back
   * with every '-' as '/'.
   */
  static List<String> listed(Collection<String> cidrs, IPFamily family) {
    if (cidrs.isEmpty()) {
      return List.of();
    }
    TreeMap<String, String> byKey = new TreeMap<>();
    for (String cidr : cidrs) {
      if (cidr.contains(":") == (family == IPFamily.V6)) {
        String key = key(cidr);
        byKey.put(key, key.replace('-', '/'));
      }
    }
    return List.copyOf(byKey.values());
  }

  /** {@code cidr} as {@link #listed} gives it back, so that a refused route can be traced. */
  static String listedForm(String cidr) {
    return key(cidr).replace('-', '/');
  }

  /** confd's route key: the first '/' as '-'. */
  private static String key(String cidr) {
    int slash = cidr.indexOf('/');
    return slash < 0 ? cidr : cidr.substring(0, slash) + "-" + cidr.substring(slash + 1);
  }
}
