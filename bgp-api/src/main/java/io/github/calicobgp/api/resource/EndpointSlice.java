package io.github.calicobgp.api.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Kubernetes {@code discovery.k8s.io/v1} EndpointSlice: the endpoints of the Service named by
 * its {@code kubernetes.io/service-name} label.
 *
 * @param metadata the object's metadata
 * @param addressType {@code IPv4}, {@code IPv6} or {@code FQDN}
 * @param endpoints the endpoints
 * @param ports the ports
 */
public record EndpointSlice(
    ObjectMeta metadata,
    @AlwaysWritten @Nullable String addressType,
    @AlwaysWritten List<Endpoint> endpoints,
    List<Port> ports)
    implements Resource {

  /** The label that names an EndpointSlice's Service. */
  public static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

  /**
   * Copies the lists; null lists become empty.
   *
   * @param metadata the object's metadata
   * @param addressType {@code IPv4}, {@code IPv6} or {@code FQDN}
   * @param endpoints the endpoints
   * @param ports the ports
   */
  public EndpointSlice {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    endpoints = Immutable.list(endpoints);
    ports = Immutable.list(ports);
  }

  /** One endpoint: its addresses, readiness and node. */
  public record Endpoint(
      @AlwaysWritten List<String> addresses,
      @Nullable Conditions conditions,
      @Nullable String hostname,
      @Nullable ObjectReference targetRef,
      @Nullable String nodeName,
      @Nullable String zone) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param addresses the endpoint's addresses, of the slice's address type
     * @param conditions whether the endpoint is ready, serving, terminating; null when unknown
     * @param hostname the endpoint's hostname; null when unset
     * @param targetRef what the endpoint points at (usually a Pod); null when unset
     * @param nodeName the node that hosts the endpoint; null when unknown
     * @param zone the endpoint's zone; null when unknown
     */
    public Endpoint {
      addresses = Immutable.list(addresses);
    }

    /**
     * {@return whether the endpoint is ready: a missing {@code ready} condition counts as ready}
     */
    public boolean isReady() {
      return conditions == null || conditions.ready() == null || conditions.ready();
    }
  }

  /** An endpoint's conditions. */
  public record Conditions(
      @Nullable Boolean ready, @Nullable Boolean serving, @Nullable Boolean terminating) {}

  /** What an endpoint points at (usually a Pod). */
  public record ObjectReference(
      @Nullable String kind,
      @Nullable String namespace,
      @Nullable String name,
      @Nullable String uid,
      @Nullable String apiVersion,
      @Nullable String resourceVersion,
      @Nullable String fieldPath) {}

  /** A port of the endpoints. */
  public record Port(
      @Nullable String name,
      @Nullable String protocol,
      @Nullable Integer port,
      @Nullable String appProtocol) {}
}
