package io.github.calicobgp.peering;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The process-level knobs of calico-node that change what confd computes: the environment
 * variables read in {@code populateNodeConfig} (confd/pkg/backends/calico/bgp_processor.go),
 * {@code NewSecretWatcher} (confd/pkg/backends/calico/secret_watcher.go), {@code NewCalicoClient}
 * (confd/pkg/backends/calico/client.go) and {@code NewRouteGenerator}
 * (confd/pkg/backends/calico/routes.go).
 *
 * @param routerId where router ids come from ({@code CALICO_ROUTER_ID})
 * @param secretNamespace the namespace of password Secrets ({@code NAMESPACE})
 * @param advertiseClusterIPs a CIDR that replaces GCFG's {@code serviceClusterIPs}
 *     ({@code CALICO_ADVERTISE_CLUSTER_IPS}); null or empty for none
 * @param k8sNodeRef the name EndpointSlices use for the planned node
 *     ({@code CALICO_K8S_NODE_REF}); null means the node's own name. It is the setting of one
 *     calico-node, so {@link PeeringEngine#planAll} applies it to every node.
 */
public record PeeringOptions(
    RouterIdSource routerId,
    String secretNamespace,
    @Nullable String advertiseClusterIPs,
    @Nullable String k8sNodeRef) {

  /** The namespace confd reads Secrets from by default. */
  public static final String DEFAULT_SECRET_NAMESPACE = "kube-system";

  /**
   * Checks the required components.
   *
   * @param routerId where router ids come from ({@code CALICO_ROUTER_ID})
   * @param secretNamespace the namespace of password Secrets ({@code NAMESPACE})
   * @param advertiseClusterIPs a CIDR that replaces GCFG's {@code serviceClusterIPs} ({@code
   *     CALICO_ADVERTISE_CLUSTER_IPS}); null or empty for none
   * @param k8sNodeRef the name EndpointSlices use for the planned node ({@code
   *     CALICO_K8S_NODE_REF}); null means the node's own name. It is the setting of one
   *     calico-node, so {@link PeeringEngine#planAll} applies it to every node.
   */
  public PeeringOptions {
    Objects.requireNonNull(routerId, "routerId");
    Objects.requireNonNull(secretNamespace, "secretNamespace");
  }

  /**
   * confd's defaults: router id from the node address, Secrets in {@code kube-system}.
   *
   * @return the default options
   */
  public static PeeringOptions defaults() {
    return new PeeringOptions(RouterIdSource.nodeAddress(), DEFAULT_SECRET_NAMESPACE, null, null);
  }

  /**
   * These options with another router id source.
   *
   * @param value where router ids come from
   * @return these options with {@code routerId} replaced
   */
  public PeeringOptions withRouterId(RouterIdSource value) {
    return new PeeringOptions(value, secretNamespace, advertiseClusterIPs, k8sNodeRef);
  }

  /**
   * These options with another Secret namespace.
   *
   * @param value the namespace of password Secrets
   * @return these options with {@code secretNamespace} replaced
   */
  public PeeringOptions withSecretNamespace(String value) {
    return new PeeringOptions(routerId, value, advertiseClusterIPs, k8sNodeRef);
  }

  /**
   * These options with a cluster-IP CIDR override.
   *
   * @param value a CIDR to advertise instead of {@code serviceClusterIPs}; null for none
   * @return these options with {@code advertiseClusterIPs} replaced
   */
  public PeeringOptions withAdvertiseClusterIPs(@Nullable String value) {
    return new PeeringOptions(routerId, secretNamespace, value, k8sNodeRef);
  }

  /**
   * These options with a Kubernetes node name override.
   *
   * @param value the node's name in Kubernetes; null for the Calico name
   * @return these options with {@code k8sNodeRef} replaced
   */
  public PeeringOptions withK8sNodeRef(@Nullable String value) {
    return new PeeringOptions(routerId, secretNamespace, advertiseClusterIPs, value);
  }

  /** The name EndpointSlices use for {@code nodeName}. */
  String k8sNodeRefFor(String nodeName) {
    return k8sNodeRef == null ? nodeName : k8sNodeRef;
  }
}
