package io.github.calicobgp.agent;

import io.github.calicobgp.etcd.EtcdSource;
import io.github.calicobgp.kubernetes.KubernetesSettings;
import io.github.calicobgp.kubernetes.KubernetesSource;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;

/**
 * The one place that turns a datastore configuration into a source: the agent follows it, the
 * command line lists it once.
 */
public final class AgentSources {

  private AgentSources() {}

  /**
   * A new, not yet started source over the datastore {@code config} describes, the Kubernetes
   * one configured from the process's environment as calico-node's is ({@link
   * KubernetesSettings#fromEnvironment}).
   *
   * @param config the datastore (etcdv3 or Kubernetes)
   * @return the source
   * @throws IllegalArgumentException if the configuration cannot be used (e.g. a missing
   *     certificate or kubeconfig file)
   */
  public static ResourceSource open(DatastoreConfig config) {
    return open(config, KubernetesSettings.fromEnvironment(System.getenv()));
  }

  /**
   * A new, not yet started source over the datastore {@code config} describes.
   *
   * @param config the datastore (etcdv3 or Kubernetes)
   * @param kubernetes how the Kubernetes datastore is read (its secret namespace, pod CIDRs...)
   * @return the source
   * @throws IllegalArgumentException if the configuration cannot be used (e.g. a missing
   *     certificate or kubeconfig file)
   */
  public static ResourceSource open(DatastoreConfig config, KubernetesSettings kubernetes) {
    return switch (config.type()) {
      case ETCD -> new EtcdSource(config);
      case KUBERNETES -> new KubernetesSource(config, kubernetes);
    };
  }
}
