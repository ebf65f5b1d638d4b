package io.github.calicobgp.kubernetes;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.github.calicobgp.api.resource.ResourceKind;

/**
 * The Calico custom resources confd's BGP syncer watches ({@code
 * libcalico-go/lib/backend/syncersv1/bgpsyncer/bgpsyncer.go}, {@code New}), as Calico's
 * Kubernetes datastore stores them: cluster-scoped {@code crd.projectcalico.org/v1} objects, or
 * {@code projectcalico.org/v3} ones where Calico's v3 CRDs are installed ({@code
 * libcalico-go/lib/backend/k8s/resources/}, {@code BackingAPIGroup}).
 */
enum CalicoCustomResource {
  /** {@code ippools}. */
  IP_POOL(ResourceKind.IP_POOL, "ippools"),
  /** {@code bgpconfigurations}. */
  BGP_CONFIGURATION(ResourceKind.BGP_CONFIGURATION, "bgpconfigurations"),
  /** {@code bgppeers}. */
  BGP_PEER(ResourceKind.BGP_PEER, "bgppeers"),
  /** {@code bgpfilters}. */
  BGP_FILTER(ResourceKind.BGP_FILTER, "bgpfilters"),
  /** {@code blockaffinities}: only with Calico IPAM, as the syncer watches them then. */
  BLOCK_AFFINITY(ResourceKind.BLOCK_AFFINITY, "blockaffinities");

  /** The API group Calico's CRDs are stored in, usually. */
  static final String GROUP = "crd.projectcalico.org";

  /** The API group of Calico's v3 API, which newer clusters use for the CRDs themselves. */
  static final String V3_GROUP = "projectcalico.org";

  private final ResourceKind kind;
  private final String plural;

  CalicoCustomResource(ResourceKind kind, String plural) {
    this.kind = kind;
    this.plural = plural;
  }

  /** {@return the kind the objects decode to} */
  ResourceKind kind() {
    return kind;
  }

  /** {@return what fabric8 needs to list and watch them as {@code crd.projectcalico.org/v1}} */
  ResourceDefinitionContext context() {
    return context(false);
  }

  /**
   * What fabric8 needs to list and watch them, without asking the API server.
   *
   * @param v3 whether the CRDs are {@code projectcalico.org/v3} ones
   */
  ResourceDefinitionContext context(boolean v3) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(v3 ? V3_GROUP : GROUP)
        .withVersion(v3 ? "v3" : "v1")
        .withKind(kind.kind())
        .withPlural(plural)
        .withNamespaced(false)
        .build();
  }
}
