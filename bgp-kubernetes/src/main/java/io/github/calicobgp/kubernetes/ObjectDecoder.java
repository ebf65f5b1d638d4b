package io.github.calicobgp.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ReadOptions;
import io.github.calicobgp.api.resource.Resource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decodes what an informer holds with the readers files go through ({@link Manifests#readMaps}):
 * a Kubernetes Node becomes the Calico Node Calico makes of it (and, under {@code USE_POD_CIDR},
 * one BlockAffinity per pod CIDR), a Pod the WorkloadEndpoint Calico derives from it (or none),
 * a custom resource is read in its {@code crd.projectcalico.org/v1} shape, exactly as the same
 * object dumped by kubectl would be.
 */
final class ObjectDecoder {

  /** What an object decodes to. */
  sealed interface Result permits Decoded, Undecodable {}

  /**
   * The object decoded, to as many resources as Calico makes of it: a Kubernetes Node under
   * {@code USE_POD_CIDR} is the Node and one BlockAffinity per pod CIDR, a host-networked Pod is
   * none, a custom resource is one.
   *
   * @param resources the resources
   */
  record Decoded(List<Resource> resources) implements Result {}

  /**
   * The object does not decode.
   *
   * @param message every problem, {@code field: message} separated by {@code ; }
   */
  record Undecodable(String message) implements Result {}

  private final KubernetesSerialization serialization;
  private final ReadOptions options;

  ObjectDecoder(KubernetesSerialization serialization, ReadOptions options) {
    this.serialization = serialization;
    this.options = options;
  }

  @SuppressWarnings("unchecked")
  Result decode(HasMetadata object, String key) {
    Map<String, Object> map;
    try {
      map = serialization.convertValue(object, Map.class);
    } catch (RuntimeException e) {
      return new Undecodable(String.valueOf(e.getMessage()));
    }
    try {
      return new Decoded(List.copyOf(
          Manifests.readMaps(List.of(map), "kubernetes " + key, options).all()));
    } catch (ManifestException e) {
      return new Undecodable(e.problems().stream()
          .map(p -> (p.fieldPath().isEmpty() ? "" : p.fieldPath() + ": ") + p.message())
          .collect(Collectors.joining("; ")));
    }
  }
}
