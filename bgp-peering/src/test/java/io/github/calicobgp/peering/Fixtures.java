package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Builds resources for tests, with only the fields a test cares about. */
final class Fixtures {
  private Fixtures() {}

  static NodeBuilder node(String name) {
    return new NodeBuilder(name);
  }

  static BGPPeer peer(String name, UnaryOperator<BGPPeerSpec.Builder> spec) {
    return new BGPPeer(ObjectMeta.named(name), spec.apply(BGPPeerSpec.builder()).build());
  }

  static BGPConfiguration defaultConfig(UnaryOperator<BGPConfigurationSpec.Builder> spec) {
    return config("default", spec);
  }

  static BGPConfiguration nodeConfig(
      String node, UnaryOperator<BGPConfigurationSpec.Builder> spec) {
    return config("node." + node, spec);
  }

  static BGPConfiguration config(String name, UnaryOperator<BGPConfigurationSpec.Builder> spec) {
    return new BGPConfiguration(
        ObjectMeta.named(name), spec.apply(BGPConfigurationSpec.builder()).build());
  }

  static BGPConfiguration meshOff() {
    return defaultConfig(c -> c.nodeToNodeMeshEnabled(false));
  }

  static BGPFilter filter(String name, List<BGPFilterRule> importV4, List<BGPFilterRule> exportV4,
      List<BGPFilterRule> importV6, List<BGPFilterRule> exportV6) {
    return new BGPFilter(
        ObjectMeta.named(name), new BGPFilterSpec(exportV4, importV4, exportV6, importV6));
  }

  static BGPFilterRule accept(String cidr) {
    return BGPFilterRule.builder().match("In", cidr).action("Accept").build();
  }

  static Secret secret(String namespace, String name, Map<String, String> values) {
    return Secret.ofStrings(namespace, name, values);
  }

  static WorkloadEndpoint workload(
      String name, String node, Map<String, String> labels, String... ipNetworks) {
    WorkloadEndpoint.Spec spec = new WorkloadEndpoint.Spec("k8s", null, node, null, name, "eth0",
        null, List.of(ipNetworks), null, null, null, null, "cali" + name, null, null, null);
    return new WorkloadEndpoint(ObjectMeta.namespaced("default", name, labels), spec);
  }

  static BlockAffinity affinity(String name, String node, String cidr, String state) {
    return new BlockAffinity(
        ObjectMeta.named(name), new BlockAffinity.Spec(state, node, null, cidr, false));
  }

  static IPPool pool(String name, String cidr, @Nullable String ipip, @Nullable String vxlan) {
    return new IPPool(
        ObjectMeta.named(name), IPPoolSpec.ofCidr(cidr).withIpipMode(ipip).withVxlanMode(vxlan));
  }

  static Service service(String name, String type, String clusterIP, @Nullable String policy,
      List<String> externalIPs, List<String> ingressIPs) {
    String family = clusterIP.contains(":") ? "IPv6" : "IPv4";
    Service.Spec spec = new Service.Spec(null, null, clusterIP, List.of(clusterIP), type,
        externalIPs, null, null, null, null, policy, null, null, List.of(family), null, null, null,
        null, null);
    List<Service.Ingress> ingress = ingressIPs.stream()
        .map(ip -> new Service.Ingress(ip, null, null, null)).toList();
    return new Service(ObjectMeta.namespaced("default", name, Map.of()), spec,
        new Service.Status(new Service.LoadBalancerStatus(ingress)));
  }

  static EndpointSlice slice(String name, String service, String addressType,
      @Nullable Boolean ready, String... nodes) {
    List<EndpointSlice.Endpoint> endpoints = new java.util.ArrayList<>();
    for (String node : nodes) {
      endpoints.add(new EndpointSlice.Endpoint(List.of("10.244.0.1"),
          new EndpointSlice.Conditions(ready, null, null), null, null, node, null));
    }
    return new EndpointSlice(
        ObjectMeta.namespaced("default", name, Map.of(EndpointSlice.SERVICE_NAME_LABEL, service)),
        addressType, endpoints, List.of());
  }

  static ASNumber as(long value) {
    return ASNumber.of(value);
  }

  static IPAddress ip(String text) {
    return IPAddress.parse(text);
  }

  /** A Node with BGP settings, labels and WireGuard addresses. */
  static final class NodeBuilder {
    private final String name;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private @Nullable String v4;
    private @Nullable String v6;
    private @Nullable ASNumber as;
    private @Nullable String rr;
    private @Nullable String wg4;
    private @Nullable String wg6;

    NodeBuilder(String name) {
      this.name = name;
    }

    NodeBuilder v4(String address) {
      v4 = address;
      return this;
    }

    NodeBuilder v6(String address) {
      v6 = address;
      return this;
    }

    NodeBuilder as(long value) {
      as = ASNumber.of(value);
      return this;
    }

    NodeBuilder rr(String clusterId) {
      rr = clusterId;
      return this;
    }

    NodeBuilder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    NodeBuilder wireguard(@Nullable String v4Address, @Nullable String v6Address) {
      wg4 = v4Address;
      wg6 = v6Address;
      return this;
    }

    Node build() {
      NodeSpec spec = NodeSpec.ofBgp(new NodeSpec.BGP(as, v4, v6, null, rr));
      if (wg4 != null || wg6 != null) {
        spec = spec.withWireguard(new NodeSpec.Wireguard(wg4, wg6));
      }
      return new Node(ObjectMeta.named(name, labels), spec);
    }
  }
}
