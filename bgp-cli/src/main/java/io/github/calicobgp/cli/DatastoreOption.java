package io.github.calicobgp.cli;

import io.github.calicobgp.peering.Datastore;
import picocli.CommandLine.Option;

/** The {@code --datastore} option of the commands that plan peerings (a picocli mixin). */
final class DatastoreOption {

  @Option(
      names = "--datastore",
      paramLabel = "kubernetes|etcd",
      converter = DatastoreConverter.class,
      description =
          "The datastore calico-node reads, which decides what it holds for the resources"
              + " (confd reads that, not the file): 'kubernetes' (default) stores the CRD"
              + " defaults (logSeverityScreen: Info on every BGPConfiguration, ...) and keeps"
              + " [] apart from an absent list; 'etcd' stores what calicoctl writes: no CRD"
              + " defaults, empty lists dropped. Services get Kubernetes' defaults"
              + " (externalTrafficPolicy: Cluster for LoadBalancer and NodePort) in both.")
  private Datastore datastore = Datastore.KUBERNETES;

  /** The datastore chosen. */
  Datastore datastore() {
    return datastore;
  }

  /** Parses {@code kubernetes} or {@code etcd}, any case. */
  static final class DatastoreConverter implements picocli.CommandLine.ITypeConverter<Datastore> {
    @Override
    public Datastore convert(String value) {
      try {
        return Datastore.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
