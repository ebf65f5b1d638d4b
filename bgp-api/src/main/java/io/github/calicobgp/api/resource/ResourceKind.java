package io.github.calicobgp.api.resource;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of resource this library reads, with its API version and Java type. */
public enum ResourceKind {
  BGP_CONFIGURATION(Groups.CALICO_V3, "BGPConfiguration", BGPConfiguration.class),
  BGP_PEER(Groups.CALICO_V3, "BGPPeer", BGPPeer.class),
  BGP_FILTER(Groups.CALICO_V3, "BGPFilter", BGPFilter.class),
  NODE(Groups.CALICO_V3, "Node", Node.class),
  IP_POOL(Groups.CALICO_V3, "IPPool", IPPool.class),
  BLOCK_AFFINITY(Groups.CALICO_V3, "BlockAffinity", BlockAffinity.class),
  WORKLOAD_ENDPOINT(Groups.CALICO_V3, "WorkloadEndpoint", WorkloadEndpoint.class),
  SECRET("v1", "Secret", Secret.class),
  SERVICE("v1", "Service", Service.class),
  ENDPOINT_SLICE("discovery.k8s.io/v1", "EndpointSlice", EndpointSlice.class);

  private final String apiVersion;
  private final String kind;
  private final Class<? extends Resource> type;

  ResourceKind(String apiVersion, String kind, Class<? extends Resource> type) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.type = type;
  }

  /** The {@code apiVersion} of this kind. */
  public String apiVersion() {
    return apiVersion;
  }

  /** The {@code kind} string. */
  public String kind() {
    return kind;
  }

  /** The name of this kind's list wrapper, e.g. {@code BGPPeerList}. */
  public String listKind() {
    return kind + "List";
  }

  /** The record type that holds resources of this kind. */
  public Class<? extends Resource> type() {
    return type;
  }

  /** The kind whose Java type is {@code type}. */
  public static ResourceKind of(Class<?> type) {
    for (ResourceKind k : values()) {
      if (k.type == type) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a resource type: " + type.getName());
  }

  /** The kind named {@code kind} (case-sensitive), whatever its API version. */
  public static Optional<ResourceKind> byKind(String kind) {
    return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
  }

  /** The kind whose list wrapper is named {@code listKind}, e.g. {@code BGPPeerList}. */
  public static Optional<ResourceKind> byListKind(String listKind) {
    return Arrays.stream(values()).filter(k -> k.listKind().equals(listKind)).findFirst();
  }

  private static final class Groups {
    static final String CALICO_V3 = "projectcalico.org/v3";
  }
}
