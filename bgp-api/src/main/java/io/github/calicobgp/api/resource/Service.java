package io.github.calicobgp.api.resource;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Kubernetes {@code v1} Service; confd advertises the IPs of some of them
 * ({@code advertiseThisService}, confd/pkg/backends/calico/routes.go).
 *
 * @param metadata the object's metadata
 * @param spec the Service's addresses, type and traffic policy
 * @param status the LoadBalancer ingress addresses, if any
 */
public record Service(ObjectMeta metadata, Spec spec, @Nullable Status status)
    implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata
   * @param spec the Service's addresses, type and traffic policy
   * @param status the LoadBalancer ingress addresses, if any
   */
  public Service {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? Spec.EMPTY : spec;
  }

  /** The Service's spec, in Kubernetes' field order (session affinity config not modelled). */
  public record Spec(
      List<Port> ports,
      Map<String, String> selector,
      @Nullable String clusterIP,
      List<String> clusterIPs,
      @Nullable String type,
      List<String> externalIPs,
      @Nullable String sessionAffinity,
      @Nullable String loadBalancerIP,
      List<String> loadBalancerSourceRanges,
      @Nullable String externalName,
      @Nullable String externalTrafficPolicy,
      @Nullable Integer healthCheckNodePort,
      @Nullable Boolean publishNotReadyAddresses,
      List<String> ipFamilies,
      @Nullable String ipFamilyPolicy,
      @Nullable Boolean allocateLoadBalancerNodePorts,
      @Nullable String loadBalancerClass,
      @Nullable String internalTrafficPolicy,
      @Nullable String trafficDistribution) {

    /** A spec with nothing set. */
    public static final Spec EMPTY =
        new Spec(null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /**
     * Copies the collections; null becomes empty.
     *
     * @param ports the Service's ports
     * @param selector the labels of the pods behind the Service
     * @param clusterIP the Service's primary cluster IP, {@code None} for a headless Service
     * @param clusterIPs the Service's cluster IPs, one per family
     * @param type {@code ClusterIP}, {@code NodePort}, {@code LoadBalancer} or {@code ExternalName}
     * @param externalIPs the external IPs the Service answers on
     * @param sessionAffinity {@code None} or {@code ClientIP}
     * @param loadBalancerIP the LoadBalancer IP asked for (deprecated by Kubernetes)
     * @param loadBalancerSourceRanges the client ranges a LoadBalancer accepts
     * @param externalName the DNS name of an {@code ExternalName} Service
     * @param externalTrafficPolicy {@code Cluster} or {@code Local}: whether external traffic may
     *     leave the node it arrives at
     * @param healthCheckNodePort the node port of the LoadBalancer health check
     * @param publishNotReadyAddresses whether endpoints are published before they are ready
     * @param ipFamilies the IP families of the Service, in order
     * @param ipFamilyPolicy {@code SingleStack}, {@code PreferDualStack} or {@code
     *     RequireDualStack}
     * @param allocateLoadBalancerNodePorts whether a LoadBalancer Service gets node ports
     * @param loadBalancerClass the LoadBalancer implementation asked for
     * @param internalTrafficPolicy {@code Cluster} or {@code Local}, for traffic from inside the
     *     cluster
     * @param trafficDistribution the traffic distribution preference, e.g. {@code PreferClose}
     */
    public Spec {
      ports = Immutable.list(ports);
      selector = Immutable.map(selector);
      clusterIPs = Immutable.list(clusterIPs);
      externalIPs = Immutable.list(externalIPs);
      loadBalancerSourceRanges = Immutable.list(loadBalancerSourceRanges);
      ipFamilies = Immutable.list(ipFamilies);
    }
  }

  /** A port the Service exposes. */
  public record Port(
      @Nullable String name,
      @Nullable String protocol,
      @Nullable String appProtocol,
      @AlwaysWritten @Nullable Integer port,
      @Nullable IntOrString targetPort,
      @Nullable Integer nodePort) {}

  /** The Service's status. */
  public record Status(@Nullable LoadBalancerStatus loadBalancer) {}

  /** The LoadBalancer's ingress points. */
  public record LoadBalancerStatus(List<Ingress> ingress) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param ingress the LoadBalancer's ingress points
     */
    public LoadBalancerStatus {
      ingress = Immutable.list(ingress);
    }
  }

  /** One ingress point of a LoadBalancer. */
  public record Ingress(
      @Nullable String ip, @Nullable String hostname, @Nullable String ipMode,
      List<PortStatus> ports) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param ip the ingress IP address; null when the ingress is a hostname
     * @param hostname the ingress hostname; null when the ingress is an IP
     * @param ipMode {@code VIP} or {@code Proxy}; null when unset
     * @param ports the status of the ingress ports
     */
    public Ingress {
      ports = Immutable.list(ports);
    }
  }

  /** The status of one ingress port. */
  public record PortStatus(
      @AlwaysWritten @Nullable Integer port,
      @AlwaysWritten @Nullable String protocol,
      @Nullable String error) {}
}
