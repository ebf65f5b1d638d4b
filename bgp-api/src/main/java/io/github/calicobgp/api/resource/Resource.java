package io.github.calicobgp.api.resource;

/** A top-level object of a manifest: one of the kinds in {@link ResourceKind}. */
public sealed interface Resource
    permits BGPConfiguration, BGPPeer, BGPFilter, Node, IPPool, BlockAffinity, WorkloadEndpoint,
        Secret, Service, EndpointSlice {

  /** {@return the object's metadata (name, namespace, labels, ...)} */
  ObjectMeta metadata();

  /** {@return the kind and API version of this resource} */
  default ResourceKind resourceKind() {
    return ResourceKind.of(getClass());
  }

  /**
   * {@return the {@code apiVersion} written for this resource, e.g. {@code projectcalico.org/v3}}
   */
  default String apiVersion() {
    return resourceKind().apiVersion();
  }

  /** {@return the {@code kind} written for this resource, e.g. {@code BGPPeer}} */
  default String kind() {
    return resourceKind().kind();
  }

  /**
   * {@code Kind/name} (or {@code Kind/namespace/name}), the way messages name a resource.
   *
   * @return the name, e.g. {@code BGPPeer/rack-1-tor}
   */
  default String displayName() {
    String ns = metadata().namespace();
    String name = metadata().name() == null ? "<unnamed>" : metadata().name();
    return kind() + "/" + (ns == null || ns.isEmpty() ? "" : ns + "/") + name;
  }
}
