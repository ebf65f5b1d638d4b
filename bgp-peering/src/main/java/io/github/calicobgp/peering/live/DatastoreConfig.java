package io.github.calicobgp.peering.live;

import io.github.calicobgp.peering.Datastore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a live source reads Calico's resources, as {@code calicoctl} and {@code calico-node}
 * configure it: the datastore type, then either etcd's endpoints and credentials or a
 * kubeconfig. {@link #fromEnvironment} reads the same variables they read ({@code
 * libcalico-go/lib/apiconfig/apiconfig.go}, {@code CalicoAPIConfigSpec}; {@code
 * libcalico-go/lib/apiconfig/load.go} looks each up with a {@code CALICO_} prefix first, then
 * without it).
 *
 * @param type which datastore
 * @param etcdEndpoints etcd's client URLs, e.g. {@code http://127.0.0.1:2379} (etcd only)
 * @param etcdCaCertFile the CA certificate that signs etcd's server certificate, or null
 * @param etcdCertFile the client certificate, or null
 * @param etcdKeyFile the client certificate's private key (PKCS#8 PEM), or null
 * @param etcdUsername the etcd user, or null
 * @param etcdPassword the etcd user's password, or null
 * @param kubeconfig the kubeconfig file, or null for the client's default (the {@code
 *     KUBECONFIG} variable, {@code ~/.kube/config}, or the in-cluster service account)
 */
public record DatastoreConfig(
    Datastore type,
    List<String> etcdEndpoints,
    @Nullable Path etcdCaCertFile,
    @Nullable Path etcdCertFile,
    @Nullable Path etcdKeyFile,
    @Nullable String etcdUsername,
    @Nullable String etcdPassword,
    @Nullable Path kubeconfig) {

  /** Calico's default etcd endpoint, when {@code ETCD_ENDPOINTS} is not set. */
  public static final String DEFAULT_ETCD_ENDPOINT = "http://127.0.0.1:2379";


  /**
   * Copies the endpoints and checks that the type is present.
   *
   * @param etcdCaCertFile the CA certificate that signs etcd's server certificate, or null
   * @param etcdCertFile the client certificate, or null
   * @param etcdEndpoints etcd's client URLs, e.g. {@code http://127.0.0.1:2379} (etcd only)
   * @param etcdKeyFile the client certificate's private key (PKCS#8 PEM), or null
   * @param etcdPassword the etcd user's password, or null
   * @param etcdUsername the etcd user, or null
   * @param kubeconfig the kubeconfig file, or null for the client's default (the {@code KUBECONFIG} variable, {@code ~/.kube/config}, or the in-cluster service account)
   * @param type which datastore
   */
  public DatastoreConfig {
    Objects.requireNonNull(type, "type");
    etcdEndpoints = List.copyOf(etcdEndpoints);
  }

  /**
   * An etcd datastore without TLS or credentials.
   *
   * @param endpoints etcd's client URLs
   * @return the configuration
   */
  public static DatastoreConfig etcd(List<String> endpoints) {
    return new DatastoreConfig(Datastore.ETCD, endpoints, null, null, null, null, null, null);
  }

  /**
   * The Kubernetes API as a kubeconfig describes it.
   *
   * @param kubeconfig the file, or null for the client's default
   * @return the configuration
   */
  public static DatastoreConfig kubernetes(@Nullable Path kubeconfig) {
    return new DatastoreConfig(Datastore.KUBERNETES, List.of(), null, null, null, null, null, kubeconfig);
  }

  /**
   * The datastore the environment describes, as {@code calicoctl} reads it: {@code
   * DATASTORE_TYPE} (default {@code etcdv3}), {@code ETCD_ENDPOINTS} (comma-separated, default
   * {@value #DEFAULT_ETCD_ENDPOINT}), {@code ETCD_CA_CERT_FILE}, {@code ETCD_CERT_FILE}, {@code
   * ETCD_KEY_FILE}, {@code ETCD_USERNAME}, {@code ETCD_PASSWORD}, {@code KUBECONFIG}; each also
   * as {@code CALICO_<NAME>}, which wins.
   *
   * @param env the environment, e.g. {@code System.getenv()}
   * @return the configuration
   * @throws IllegalArgumentException when {@code DATASTORE_TYPE} is not a known type
   */
  public static DatastoreConfig fromEnvironment(Map<String, String> env) {
    String type = lookup(env, "DATASTORE_TYPE");
    String endpoints = lookup(env, "ETCD_ENDPOINTS");
    String kubeconfig = lookup(env, "KUBECONFIG");
    return new DatastoreConfig(
        type == null ? Datastore.ETCD : Datastore.parse(type),
        endpoints == null ? List.of(DEFAULT_ETCD_ENDPOINT) : splitEndpoints(endpoints),
        path(lookup(env, "ETCD_CA_CERT_FILE")),
        path(lookup(env, "ETCD_CERT_FILE")),
        path(lookup(env, "ETCD_KEY_FILE")),
        lookup(env, "ETCD_USERNAME"),
        lookup(env, "ETCD_PASSWORD"),
        path(kubeconfig));
  }

  /**
   * Splits a comma-separated list of endpoints, dropping blanks.
   *
   * @param endpoints e.g. {@code http://a:2379,http://b:2379}
   * @return the endpoints
   */
  public static List<String> splitEndpoints(String endpoints) {
    List<String> list = new ArrayList<>();
    for (String e : endpoints.split(",")) {
      if (!e.isBlank()) {
        list.add(e.trim());
      }
    }
    return list;
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return type == Datastore.ETCD
        ? "etcd " + String.join(",", etcdEndpoints)
        : "kubernetes" + (kubeconfig == null ? "" : " (" + kubeconfig + ")");
  }

  private static @Nullable String lookup(Map<String, String> env, String name) {
    String prefixed = env.get("CALICO_" + name);
    if (prefixed != null && !prefixed.isEmpty()) {
      return prefixed;
    }
    String plain = env.get(name);
    return plain == null || plain.isEmpty() ? null : plain;
  }

  private static @Nullable Path path(@Nullable String value) {
    return value == null ? null : Path.of(value);
  }
}
