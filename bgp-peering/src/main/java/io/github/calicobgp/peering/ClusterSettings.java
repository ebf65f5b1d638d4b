package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.ServiceIPBlock;
import io.github.calicobgp.api.resource.BindMode;
import io.github.calicobgp.api.resource.ProgramClusterRoutes;
import io.github.calicobgp.api.resource.ServiceLoadBalancerAggregation;
import io.github.calicobgp.api.resource.WireEnum;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values confd reads from the {@code default} BGPConfiguration (GCFG) and from the per-node
 * {@code node.<name>} ones, with confd's defaults applied ({@code updateBGPConfigCache} in
 * confd/pkg/backends/calico/client.go, {@code getNodeOrGlobalValue} in
 * confd/pkg/backends/calico/bgp_processor.go).
 * Every other BGPConfiguration is ignored.
 */
final class ClusterSettings {

  /** confd's default AS number when GCFG sets none. */
  static final ASNumber DEFAULT_AS = ASNumber.of(64512);

  private static final int DEFAULT_ROUTE_PRIORITY = 1024;

  private final BGPConfigurationSpec global;
  private final Map<String, BGPConfigurationSpec> perNode;
  private final Map<String, Integer> nodeListenPorts = new HashMap<>();

  ClusterSettings(@Nullable BGPConfiguration global, Map<String, BGPConfiguration> perNode) {
    this.global = global == null ? BGPConfigurationSpec.builder().build() : global.spec();
    this.perNode = new HashMap<>();
    perNode.forEach((node, config) -> {
      this.perNode.put(node, config.spec());
      Integer port = config.spec().listenPort();
      if (port != null && port != 0) {
        nodeListenPorts.put(node, port);
      }
    });
  }

  /** The cluster AS: GCFG's {@code asNumber}, else 64512. */
  ASNumber globalAS() {
    return global.asNumber() == null ? DEFAULT_AS : global.asNumber();
  }

  /** Whether the node-to-node mesh is on (the default). */
  boolean meshEnabled() {
    return !Boolean.FALSE.equals(global.nodeToNodeMeshEnabled());
  }

  /**
   * The BIRD debug level of a node ({@code populateNodeConfig},
   * confd/pkg/backends/calico/bgp_processor.go): its own {@code node.<name>} level when set, else
   * the global one, else info. {@code debug} and {@code info} (any case) are kept; every other
   * value, {@code Trace} included, means none.
   */
  LogLevel logLevel(String node) {
    BGPConfigurationSpec own = perNode.get(node);
    String text = own == null ? null : own.logSeverityScreen();
    if (text == null || text.isEmpty()) {
      text = global.logSeverityScreen();
    }
    if (text == null || text.isEmpty()) {
      return LogLevel.INFO;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "debug" -> LogLevel.DEBUG;
      case "info" -> LogLevel.INFO;
      default -> LogLevel.NONE;
    };
  }

  /** GCFG's listen port, or 0 when unset or 0. */
  int globalListenPort() {
    Integer port = global.listenPort();
    return port == null ? 0 : port;
  }

  /**
   * A node's BGP port as peers see it (confd reads {@code listen_port} in {@code processMeshPeers}
   * and {@code nodesWithIPPortAndAS}): its {@code node.<name>} listen port if non-zero, else the
   * global one, else 0.
   */
  int listenPortOf(String node) {
    Integer own = nodeListenPorts.get(node);
    return own != null ? own : globalListenPort();
  }

  /** The node's {@code node.<name>} listen port, if it has a non-zero one. */
  @Nullable Integer nodeListenPort(String node) {
    return nodeListenPorts.get(node);
  }

  /** Whether {@code bindMode} is {@code NodeIP}. */
  boolean bindsNodeIP() {
    return WireEnum.parse(BindMode.class, global.bindMode()).orElse(BindMode.NONE)
        == BindMode.NODE_IP;
  }

  /** GCFG's {@code ignoredInterfaces}, in order. */
  List<String> ignoredInterfaces() {
    return global.ignoredInterfaces();
  }

  /** The GCFG spec, for the mesh password and restart time. */
  BGPConfigurationSpec global() {
    return global;
  }

  /** The {@code node.<name>} spec, if that BGPConfiguration exists. */
  @Nullable BGPConfigurationSpec perNode(String node) {
    return perNode.get(node);
  }

  /**
   * {@code ipv4NormalRoutePriority} or {@code ipv6NormalRoutePriority}, default 1024
   * ({@code getNormalRoutePriority}, confd/pkg/backends/calico/bgp_processor.go).
   */
  int normalRoutePriority(IPFamily family) {
    Integer value = family == IPFamily.V4
        ? global.ipv4NormalRoutePriority() : global.ipv6NormalRoutePriority();
    return value == null ? DEFAULT_ROUTE_PRIORITY : value;
  }

  /** Which pools BIRD programs, from {@code programClusterRoutes}; unknown values are the default. */
  ClusterRoutePolicy clusterRoutePolicy() {
    return WireEnum.parse(ProgramClusterRoutes.class, global.programClusterRoutes())
        .map(mode -> switch (mode) {
          case DISABLED -> new ClusterRoutePolicy(false, false);
          case ENABLED -> new ClusterRoutePolicy(true, true);
          case ENABLED_IPIP_ONLY -> new ClusterRoutePolicy(true, false);
          case ENABLED_NO_ENCAP_ONLY -> ClusterRoutePolicy.DEFAULT;
        })
        .orElse(ClusterRoutePolicy.DEFAULT);
  }

  /** Whether LoadBalancer ranges are advertised as ranges: only when unset or {@code Enabled}. */
  boolean aggregatesLoadBalancerIPs() {
    String value = global.serviceLoadBalancerAggregation();
    return value == null
        || WireEnum.parse(ServiceLoadBalancerAggregation.class, value)
            .filter(v -> v == ServiceLoadBalancerAggregation.ENABLED).isPresent();
  }

  /** GCFG's {@code serviceClusterIPs} CIDRs, empty ones skipped. */
  List<String> serviceClusterIPs() {
    return cidrs(global.serviceClusterIPs());
  }

  /**
   * GCFG's {@code serviceExternalIPs} CIDRs, empty ones skipped ({@code getServiceExternalIPs},
   * confd/pkg/backends/calico/client.go).
   */
  List<String> serviceExternalIPs() {
    return cidrs(global.serviceExternalIPs());
  }

  /**
   * GCFG's {@code serviceLoadBalancerIPs} CIDRs, empty ones skipped
   * ({@code getServiceLoadBalancerIPs}, confd/pkg/backends/calico/client.go).
   */
  List<String> serviceLoadBalancerIPs() {
    return cidrs(global.serviceLoadBalancerIPs());
  }

  private static List<String> cidrs(List<ServiceIPBlock> blocks) {
    List<String> result = new ArrayList<>(blocks.size());
    for (ServiceIPBlock block : blocks) {
      if (block.cidr() != null && !block.cidr().isEmpty()) {
        result.add(block.cidr());
      }
    }
    return List.copyOf(result);
  }
}
