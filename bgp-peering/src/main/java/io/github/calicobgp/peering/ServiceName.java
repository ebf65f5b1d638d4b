package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.Service;

/**
 * A Service's namespace and name: how EndpointSlices find their Service
 * ({@code getServiceForEndpoints}, confd/pkg/backends/calico/routes.go).
 */
record ServiceName(String namespace, String name) {

  static ServiceName of(Service service) {
    return new ServiceName(
        service.metadata().namespaceOrEmpty(), service.metadata().nameOrEmpty());
  }

  /** The Service an EndpointSlice belongs to, by its {@code kubernetes.io/service-name} label. */
  static ServiceName of(EndpointSlice slice) {
    String service = slice.metadata().labels().get(EndpointSlice.SERVICE_NAME_LABEL);
    return new ServiceName(slice.metadata().namespaceOrEmpty(), service == null ? "" : service);
  }
}
