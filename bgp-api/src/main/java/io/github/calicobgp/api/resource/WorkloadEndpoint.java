package io.github.calicobgp.api.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workload's network interface. Local-workload BGP peering uses its node, labels, interface
 * and addresses.
 *
 * @param metadata the object's metadata; labels are what {@code localWorkloadSelector} matches
 * @param spec the endpoint; an absent spec is an empty one
 */
public record WorkloadEndpoint(ObjectMeta metadata, Spec spec) implements Resource {

  /**
   * Replaces an absent metadata or spec with an empty one.
   *
   * @param metadata the object's metadata; labels are what {@code localWorkloadSelector} matches
   * @param spec the endpoint; an absent spec is an empty one
   */
  public WorkloadEndpoint {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    spec = spec == null ? Spec.EMPTY : spec;
  }

  /** The endpoint's fields, in Calico's order (Calico's QoS controls are not modelled). */
  public record Spec(
      @Nullable String orchestrator,
      @Nullable String workload,
      @Nullable String node,
      @Nullable String containerID,
      @Nullable String pod,
      @Nullable String endpoint,
      @Nullable String serviceAccountName,
      List<String> ipNetworks,
      List<IPNAT> ipNATs,
      @Nullable String ipv4Gateway,
      @Nullable String ipv6Gateway,
      List<String> profiles,
      @Nullable String interfaceName,
      @Nullable String mac,
      List<Port> ports,
      List<String> allowSpoofedSourcePrefixes) {

    /** A spec with nothing set. */
    public static final Spec EMPTY =
        new Spec(null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /**
     * Copies the lists; null lists become empty.
     *
     * @param orchestrator the orchestrator that made the endpoint, e.g. {@code k8s}
     * @param workload the workload's name in the orchestrator
     * @param node the node the endpoint is on
     * @param containerID the container's id
     * @param pod the pod's name, for Kubernetes workloads
     * @param endpoint the endpoint's name within the workload, e.g. {@code eth0}
     * @param serviceAccountName the pod's service account
     * @param ipNetworks the workload's addresses, as single-host networks
     * @param ipNATs the workload's one-to-one NAT mappings
     * @param ipv4Gateway the IPv4 gateway the workload uses
     * @param ipv6Gateway the IPv6 gateway the workload uses
     * @param profiles the names of the profiles applied to the endpoint
     * @param interfaceName the host side's interface name, e.g. {@code cali0123456789a}
     * @param mac the workload's MAC address
     * @param ports the workload's named ports
     * @param allowSpoofedSourcePrefixes the source prefixes the workload may send from besides its
     *     own
     */
    public Spec {
      ipNetworks = Immutable.list(ipNetworks);
      ipNATs = Immutable.list(ipNATs);
      profiles = Immutable.list(profiles);
      ports = Immutable.list(ports);
      allowSpoofedSourcePrefixes = Immutable.list(allowSpoofedSourcePrefixes);
    }
  }

  /** A 1:1 NAT mapping of the endpoint. */
  public record IPNAT(
      @AlwaysWritten @Nullable String internalIP, @AlwaysWritten @Nullable String externalIP) {}

  /** A named port of the endpoint. */
  public record Port(
      @AlwaysWritten @Nullable String name,
      @AlwaysWritten @Nullable String protocol,
      @WireRange(goType = "uint16", min = 0, max = 65535) @AlwaysWritten @Nullable Integer port,
      @WireRange(goType = "uint16", min = 0, max = 65535) @AlwaysWritten @Nullable
          Integer hostPort,
      @AlwaysWritten @Nullable String hostIP) {}
}
