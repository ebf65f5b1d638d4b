package io.github.calicobgp.agent;

import io.github.calicobgp.etcd.EtcdSource;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;

/** The source an agent follows, for a datastore configured as calico-node's is. */
public final class AgentSources {

  private AgentSources() {}

  /**
   * A new, not yet started source over the datastore {@code config} describes.
   *
   * @param config the datastore (etcdv3 or Kubernetes)
   * @return the source
   * @throws IllegalArgumentException if the configuration cannot be used (e.g. a missing
   *     certificate file)
   */
  public static ResourceSource open(DatastoreConfig config) {
    return switch (config.type()) {
      case ETCD -> new EtcdSource(config);
      case KUBERNETES -> throw new IllegalArgumentException(
          "the kubernetes datastore is not available in this build");
    };
  }
}
