package io.github.calicobgp.cli;

import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.live.DatastoreConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that read a live datastore instead of FILE arguments, as calicoctl takes them: a
 * picocli mixin of every command that reads resources. Unset options default to calicoctl's
 * environment variables ({@link DatastoreConfig#fromEnvironment}).
 */
final class DatastoreOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(
      names = "--datastore",
      paramLabel = "TYPE",
      description = "The datastore calico-node reads: kubernetes or etcdv3 (default"
          + " $DATASTORE_TYPE, else kubernetes for FILE arguments and etcdv3 for the agent, as"
          + " calico-node). Without FILE arguments the resources are read from it, live."
          + " It also decides what the datastore holds for a resource, which is what confd"
          + " reads: kubernetes stores the CRD defaults (logSeverityScreen: Info on every"
          + " BGPConfiguration, ...) and keeps [] apart from an absent list; etcdv3 stores what"
          + " calicoctl writes (no CRD defaults, empty lists dropped). Services get Kubernetes'"
          + " defaults in both.")
  @Nullable String type;

  @Option(
      names = "--etcd-endpoints",
      paramLabel = "URL[,URL...]",
      description = "etcd's client URLs (default $ETCD_ENDPOINTS, else http://127.0.0.1:2379).")
  @Nullable String etcdEndpoints;

  @Option(names = "--etcd-ca-cert-file", paramLabel = "FILE",
      description = "CA certificate of etcd's server certificate (default $ETCD_CA_CERT_FILE).")
  @Nullable Path etcdCaCertFile;

  @Option(names = "--etcd-cert-file", paramLabel = "FILE",
      description = "Client certificate for etcd (default $ETCD_CERT_FILE).")
  @Nullable Path etcdCertFile;

  @Option(names = "--etcd-key-file", paramLabel = "FILE",
      description = "Key of the client certificate, PKCS#8 PEM (default $ETCD_KEY_FILE).")
  @Nullable Path etcdKeyFile;

  @Option(names = "--etcd-username", paramLabel = "USER",
      description = "etcd user (default $ETCD_USERNAME); the password is $ETCD_PASSWORD.")
  @Nullable String etcdUsername;

  @Option(names = "--kubeconfig", paramLabel = "PATH",
      description = "kubeconfig of the Kubernetes datastore (default $KUBECONFIG, else"
          + " ~/.kube/config or the in-cluster service account).")
  @Nullable Path kubeconfig;

  @Option(names = "--sync-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long to wait for the datastore's complete list (default ${DEFAULT-VALUE}).")
  int syncTimeoutSeconds;

  /**
   * {@return the datastore whose stored form the resources are read in: {@code --datastore}, else
   * the live datastore's type, else Kubernetes}
   *
   * @param config the live datastore read, if any
   */
  Datastore storedForm(Optional<DatastoreConfig> config) {
    return type != null ? chosen() : config.map(DatastoreConfig::type).orElse(Datastore.KUBERNETES);
  }

  private Datastore chosen() {
    try {
      return Datastore.parse(type);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--datastore: " + e.getMessage());
    }
  }

  /**
   * The datastore to read, or empty when the command reads its FILE arguments.
   *
   * @param files the FILE arguments
   * @param env the environment
   * @return the datastore's configuration, when there are no FILE arguments
   * @throws ParameterException when both or neither are given
   */
  Optional<DatastoreConfig> config(List<String> files, Map<String, String> env) {
    boolean connectionOption = etcdEndpoints != null || etcdCaCertFile != null
        || etcdCertFile != null || etcdKeyFile != null || etcdUsername != null || kubeconfig != null;
    boolean anyOption = type != null || connectionOption;
    if (!files.isEmpty()) {
      if (connectionOption) {
        throw new ParameterException(spec.commandLine(),
            "Give FILE arguments or a datastore to connect to (--etcd-endpoints, --kubeconfig,"
                + " ...), not both");
      }
      return Optional.empty();
    }
    DatastoreConfig fromEnv = fromEnvironment(env);
    Datastore datastore;
    if (type != null) {
      datastore = chosen();
    } else if (env.containsKey("DATASTORE_TYPE") || env.containsKey("CALICO_DATASTORE_TYPE")) {
      datastore = fromEnv.type();
    } else if (kubeconfig != null) {
      datastore = Datastore.KUBERNETES;
    } else if (anyOption) {
      datastore = Datastore.ETCD;
    } else {
      throw new ParameterException(spec.commandLine(),
          "Missing FILE arguments, or a datastore to read (--datastore etcdv3|kubernetes,"
              + " or $DATASTORE_TYPE)");
    }
    if (syncTimeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--sync-timeout must be at least 1");
    }
    return Optional.of(merged(datastore, fromEnv));
  }

  /**
   * The datastore an agent follows, as calico-node chooses it: {@code --datastore}, else {@code
   * $DATASTORE_TYPE}, else etcdv3 (calico-node's default); every other option falls back to its
   * environment variable.
   *
   * @param env the environment
   * @return the datastore's configuration
   * @throws ParameterException when the datastore type is not known
   */
  DatastoreConfig followed(Map<String, String> env) {
    DatastoreConfig fromEnv = fromEnvironment(env);
    return merged(type != null ? chosen() : fromEnv.type(), fromEnv);
  }

  private DatastoreConfig fromEnvironment(Map<String, String> env) {
    try {
      return DatastoreConfig.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "DATASTORE_TYPE: " + e.getMessage());
    }
  }

  /** The options given, each falling back to the environment's value. */
  private DatastoreConfig merged(Datastore datastore, DatastoreConfig fromEnv) {
    return new DatastoreConfig(
        datastore,
        etcdEndpoints != null ? DatastoreConfig.splitEndpoints(etcdEndpoints) : fromEnv.etcdEndpoints(),
        etcdCaCertFile != null ? etcdCaCertFile : fromEnv.etcdCaCertFile(),
        etcdCertFile != null ? etcdCertFile : fromEnv.etcdCertFile(),
        etcdKeyFile != null ? etcdKeyFile : fromEnv.etcdKeyFile(),
        etcdUsername != null ? etcdUsername : fromEnv.etcdUsername(),
        fromEnv.etcdPassword(),
        kubeconfig != null ? kubeconfig : fromEnv.kubeconfig());
  }
}
