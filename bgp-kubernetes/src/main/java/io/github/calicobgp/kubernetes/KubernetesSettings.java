package io.github.calicobgp.kubernetes;

import io.github.calicobgp.peering.PeeringOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link KubernetesSource} reads the cluster, beyond where the API server is.
 *
 * @param secretNamespace the namespace of the Secrets BGPPeers take passwords from: calico-node's
 *     own, {@code NAMESPACE} in its environment, else {@code kube-system} ({@code
 *     confd/pkg/backends/calico/secret_watcher.go}, {@code NewSecretWatcher})
 * @param usePodCIDR Calico's {@code USE_POD_CIDR} (host-local IPAM): Nodes take their IPIP
 *     tunnel address from {@code spec.podCIDR}, and BlockAffinities are not watched, as
 *     {@code libcalico-go/lib/backend/syncersv1/bgpsyncer/bgpsyncer.go} leaves them out then
 * @param alwaysWatchServices watch Services and EndpointSlices from the start, as confd does when
 *     {@code CALICO_ADVERTISE_CLUSTER_IPS} is set; otherwise they are watched once the default
 *     BGPConfiguration lists service addresses to advertise
 * @param maxBatch the most events delivered in one batch
 * @param connectionCheck how often the informers' watches are checked for the connection state
 * @param apiGroup Calico's {@code CALICO_API_GROUP}: {@code projectcalico.org/v3} when Calico's
 *     custom resources are stored as {@code projectcalico.org/v3} CRDs, anything else for {@code
 *     crd.projectcalico.org/v1}; null to ask the API server, as libcalico-go's {@code
 *     UsingV3CRDs} does ({@code libcalico-go/lib/backend/k8s/discovery.go})
 * @param reconnectInterval how long an informer waits before it lists or watches again after
 *     a failure (the API server gone, say), doubled after each failure up to 32 times as long
 *     (fabric8's {@code watchReconnectInterval}); it never gives up
 * @param connectTimeout how long connecting to the API server may take, TLS handshake included
 *     (fabric8's {@code connectionTimeout}): bounds how long a server that accepts no connection
 *     (a dropped route, a hung process) takes to be reported unreachable
 */
public record KubernetesSettings(
    String secretNamespace,
    boolean usePodCIDR,
    boolean alwaysWatchServices,
    int maxBatch,
    Duration connectionCheck,
    @Nullable String apiGroup,
    Duration reconnectInterval,
    Duration connectTimeout) {

  /**
   * Checks every component.
   *
   * @param secretNamespace the namespace of the password Secrets
   * @param usePodCIDR Calico's {@code USE_POD_CIDR}
   * @param alwaysWatchServices watch Services and EndpointSlices from the start
   * @param maxBatch the most events delivered in one batch
   * @param connectionCheck how often the watches are checked
   * @param apiGroup Calico's {@code CALICO_API_GROUP}, or null to ask the API server
   * @param reconnectInterval the first wait before an informer tries again after a failure
   * @param connectTimeout how long connecting to the API server may take
   */
  public KubernetesSettings {
    if (Objects.requireNonNull(secretNamespace, "secretNamespace").isBlank()) {
      throw new IllegalArgumentException("the secret namespace is empty");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be positive, not " + maxBatch);
    }
    positive(connectionCheck, "connectionCheck");
    positive(reconnectInterval, "reconnectInterval");
    positive(connectTimeout, "connectTimeout");
  }

  /**
   * calico-node's defaults: Secrets in {@code kube-system}, Calico IPAM, Services watched when
   * the default BGPConfiguration asks for them, batches of at most 1,000 events, the connection
   * checked every second, fabric8's retries (after 1 s, doubling up to 32 s) and connection
   * timeout (10 s).
   *
   * @return the settings
   */
  public static KubernetesSettings defaults() {
    return new KubernetesSettings(
        PeeringOptions.DEFAULT_SECRET_NAMESPACE, false, false, 1000, Duration.ofSeconds(1), null,
        Duration.ofSeconds(1), Duration.ofSeconds(10));
  }

  /**
   * The settings calico-node's environment describes: {@code NAMESPACE}, {@code USE_POD_CIDR}
   * (or {@code CALICO_USE_POD_CIDR}, true as Go's {@code strconv.ParseBool} reads it) and {@code
   * CALICO_ADVERTISE_CLUSTER_IPS} and {@code CALICO_API_GROUP}.
   *
   * @param env the environment, e.g. {@code System.getenv()}
   * @return the settings, the rest as {@link #defaults()}
   */
  public static KubernetesSettings fromEnvironment(Map<String, String> env) {
    KubernetesSettings d = defaults();
    String namespace = env.get("NAMESPACE");
    String podCidr = env.getOrDefault("CALICO_USE_POD_CIDR", env.get("USE_POD_CIDR"));
    String clusterIps = env.get("CALICO_ADVERTISE_CLUSTER_IPS");
    String apiGroup = env.get("CALICO_API_GROUP");
    return new KubernetesSettings(
        namespace == null || namespace.isBlank() ? d.secretNamespace() : namespace.strip(),
        podCidr != null && goTrue(podCidr.strip()),
        clusterIps != null && !clusterIps.isBlank(),
        d.maxBatch(),
        d.connectionCheck(),
        apiGroup == null || apiGroup.isBlank() ? null : apiGroup.strip(),
        d.reconnectInterval(),
        d.connectTimeout());
  }

  /**
   * These settings with another secret namespace.
   *
   * @param value the namespace
   * @return the new settings
   */
  public KubernetesSettings withSecretNamespace(String value) {
    return new KubernetesSettings(value, usePodCIDR, alwaysWatchServices, maxBatch, connectionCheck, apiGroup,
        reconnectInterval, connectTimeout);
  }

  /**
   * These settings with Calico's {@code USE_POD_CIDR} on or off.
   *
   * @param value whether Nodes take their tunnel address from their pod CIDR
   * @return the new settings
   */
  public KubernetesSettings withUsePodCIDR(boolean value) {
    return new KubernetesSettings(secretNamespace, value, alwaysWatchServices, maxBatch, connectionCheck, apiGroup,
        reconnectInterval, connectTimeout);
  }

  /**
   * These settings with another batch size.
   *
   * @param value the most events in one batch
   * @return the new settings
   */
  public KubernetesSettings withMaxBatch(int value) {
    return new KubernetesSettings(secretNamespace, usePodCIDR, alwaysWatchServices, value, connectionCheck, apiGroup,
        reconnectInterval, connectTimeout);
  }

  /**
   * These settings with Calico's custom resources read from {@code value}.
   *
   * @param value {@code projectcalico.org/v3} or {@code crd.projectcalico.org/v1}; null to ask
   *     the API server
   * @return the new settings
   */
  public KubernetesSettings withApiGroup(@Nullable String value) {
    return new KubernetesSettings(secretNamespace, usePodCIDR, alwaysWatchServices, maxBatch,
        connectionCheck, value, reconnectInterval, connectTimeout);
  }

  /**
   * These settings with other waits: how often the connection is checked and how soon an
   * informer tries again after a failure (tests take them short to see an outage end quickly).
   *
   * @param check how often the informers' watches are checked
   * @param reconnect the first wait before an informer tries again
   * @return the new settings
   */
  public KubernetesSettings withRetries(Duration check, Duration reconnect) {
    return new KubernetesSettings(secretNamespace, usePodCIDR, alwaysWatchServices, maxBatch,
        check, apiGroup, reconnect, connectTimeout);
  }

  /**
   * These settings with another connection timeout.
   *
   * @param value how long connecting to the API server may take
   * @return the new settings
   */
  public KubernetesSettings withConnectTimeout(Duration value) {
    return new KubernetesSettings(secretNamespace, usePodCIDR, alwaysWatchServices, maxBatch,
        connectionCheck, apiGroup, reconnectInterval, value);
  }

  private static void positive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  private static boolean goTrue(String value) {
    return switch (value) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      default -> false;
    };
  }
}
