package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;

/** What makes a resource unique in a cluster: its kind, namespace and name. */
record ResourceIdentity(ResourceKind kind, String namespace, String name) {

  static ResourceIdentity of(Resource resource) {
    return new ResourceIdentity(
        resource.resourceKind(),
        resource.metadata().namespaceOrEmpty(),
        resource.metadata().nameOrEmpty());
  }
}
