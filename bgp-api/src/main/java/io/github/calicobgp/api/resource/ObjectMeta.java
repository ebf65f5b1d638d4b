package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of Kubernetes {@code ObjectMeta} that manifests carry. Only name, namespace, labels
 * and annotations mean anything to Calico; the rest is passed through.
 *
 * <p>Objects as an API server returns them ({@code kubectl get -o yaml}) carry more. Kept: the
 * fields below, including the server-set {@code uid}, {@code resourceVersion}, {@code
 * generation}, {@code creationTimestamp}, {@code deletionTimestamp}, {@code ownerReferences},
 * {@code finalizers}, {@code generateName}, and every annotation (such as {@code
 * kubectl.kubernetes.io/last-applied-configuration}). Accepted and dropped, because nothing here
 * uses them and {@code managedFields} is most of a dumped object's size: {@code managedFields},
 * {@code selfLink} and {@code deletionGracePeriodSeconds}. Any other field is an error.
 */
@GoStructRules(groups = GoRules.class)
public record ObjectMeta(
    @Nullable String name,
    @Nullable String generateName,
    @Nullable String namespace,
    @Nullable String uid,
    @Nullable String resourceVersion,
    @Nullable Long generation,
    @Nullable String creationTimestamp,
    @Nullable String deletionTimestamp,
    Map<String, String> labels,
    Map<String, String> annotations,
    List<OwnerReference> ownerReferences,
    List<String> finalizers) {

  /**
   * Copies the collections; null collections become empty.
   *
   * @param name the object's name; null when unset
   * @param generateName the prefix the API server uses to generate a name
   * @param namespace the namespace, for namespaced kinds; null otherwise
   * @param uid the API server's unique id
   * @param resourceVersion the API server's version of the object
   * @param generation the generation of the object's desired state
   * @param creationTimestamp when the object was created, as written (RFC 3339)
   * @param deletionTimestamp when the object is to be deleted, as written (RFC 3339)
   * @param labels the labels, which selectors match
   * @param annotations the annotations
   * @param ownerReferences the objects this one belongs to
   * @param finalizers the finalizers that must run before deletion
   */
  public ObjectMeta {
    labels = Immutable.map(labels);
    annotations = Immutable.map(annotations);
    ownerReferences = Immutable.list(ownerReferences);
    finalizers = Immutable.list(finalizers);
  }

  /** Metadata with nothing set (a resource whose manifest had no {@code metadata}). */
  public static final ObjectMeta EMPTY =
      new ObjectMeta(null, null, null, null, null, null, null, null, null, null, null, null);

  /**
   * Metadata with just a name.
   *
   * @param name the object's name
   * @return metadata with {@code name} set and nothing else
   */
  public static ObjectMeta named(String name) {
    return new ObjectMeta(name, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Metadata with a name and labels.
   *
   * @param name the object's name
   * @param labels the object's labels
   * @return metadata with {@code name} and {@code labels} set and nothing else
   */
  public static ObjectMeta named(String name, Map<String, String> labels) {
    return new ObjectMeta(name, null, null, null, null, null, null, null, labels, null, null, null);
  }

  /**
   * Metadata with a namespace, a name and labels.
   *
   * @param namespace the object's namespace
   * @param name the object's name
   * @param labels the object's labels
   * @return metadata with {@code namespace}, {@code name} and {@code labels} set and nothing else
   */
  public static ObjectMeta namespaced(String namespace, String name, Map<String, String> labels) {
    return new ObjectMeta(
        name, null, namespace, null, null, null, null, null, labels, null, null, null);
  }

  /** {@return the name, or {@code ""} when absent} */
  public String nameOrEmpty() {
    return name == null ? "" : name;
  }

  /** {@return the namespace, or {@code ""} when absent} */
  public String namespaceOrEmpty() {
    return namespace == null ? "" : namespace;
  }

  /** A Kubernetes owner reference, passed through unchanged. */
  public record OwnerReference(
      @Nullable String apiVersion,
      @Nullable String kind,
      @Nullable String name,
      @Nullable String uid,
      @Nullable Boolean controller,
      @Nullable Boolean blockOwnerDeletion) {}
}
