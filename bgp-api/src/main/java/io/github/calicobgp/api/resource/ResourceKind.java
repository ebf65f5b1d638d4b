package io.github.calicobgp.api.resource;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of resource this library reads, with its API version and Java type. */
public enum ResourceKind {
  /** Calico's {@code BGPConfiguration}. */
  BGP_CONFIGURATION(Groups.CALICO_V3, "BGPConfiguration", BGPConfiguration.class),
  /** Calico's {@code BGPPeer}. */
  BGP_PEER(Groups.CALICO_V3, "BGPPeer", BGPPeer.class),
  /** Calico's {@code BGPFilter}. */
  BGP_FILTER(Groups.CALICO_V3, "BGPFilter", BGPFilter.class),
  /** Calico's {@code Node}. */
  NODE(Groups.CALICO_V3, "Node", Node.class),
  /** Calico's {@code IPPool}. */
  IP_POOL(Groups.CALICO_V3, "IPPool", IPPool.class),
  /** Calico's {@code BlockAffinity}. */
  BLOCK_AFFINITY(Groups.CALICO_V3, "BlockAffinity", BlockAffinity.class),
  /** Calico's {@code WorkloadEndpoint}. */
  WORKLOAD_ENDPOINT(Groups.CALICO_V3, "WorkloadEndpoint", WorkloadEndpoint.class),
  /** Kubernetes' {@code v1} {@code Secret}. */
  SECRET("v1", "Secret", Secret.class),
  /** Kubernetes' {@code v1} {@code Service}. */
  SERVICE("v1", "Service", Service.class),
  /** Kubernetes' {@code discovery.k8s.io/v1} {@code EndpointSlice}. */
  ENDPOINT_SLICE("discovery.k8s.io/v1", "EndpointSlice", EndpointSlice.class);

  private final String apiVersion;
  private final String kind;
  private final Class<? extends Resource> type;

  ResourceKind(String apiVersion, String kind, Class<? extends Resource> type) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.type = type;
  }

  /** {@return the {@code apiVersion} of this kind} */
  public String apiVersion() {
    return apiVersion;
  }

  /** {@return the {@code kind} string} */
  public String kind() {
    return kind;
  }

  /** {@return the name of this kind's list wrapper, e.g. {@code BGPPeerList}} */
  public String listKind() {
    return kind + "List";
  }

  /** {@return the record type that holds resources of this kind} */
  public Class<? extends Resource> type() {
    return type;
  }

  /**
   * {@return the kind whose Java type is {@code type}}
   *
   * @param type a resource record class, e.g. {@code BGPPeer.class}
   */
  public static ResourceKind of(Class<?> type) {
    for (ResourceKind k : values()) {
      if (k.type == type) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a resource type: " + type.getName());
  }

  /**
   * {@return the kind named {@code kind} (case-sensitive), whatever its API version}
   *
   * @param kind the {@code kind} as written in a manifest
   */
  public static Optional<ResourceKind> byKind(String kind) {
    return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
  }

  /**
   * {@return the kind whose list wrapper is named {@code listKind}, e.g. {@code BGPPeerList}}
   *
   * @param listKind the {@code kind} of a list as written in a manifest
   */
  public static Optional<ResourceKind> byListKind(String listKind) {
    return Arrays.stream(values()).filter(k -> k.listKind().equals(listKind)).findFirst();
  }

  private static final class Groups {
    static final String CALICO_V3 = "projectcalico.org/v3";
  }
}
