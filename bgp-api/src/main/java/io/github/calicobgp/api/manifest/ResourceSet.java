package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.resource.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, ordered collection of resources, with the source location of each resource and
 * of each of its values when they were read from manifests.
 *
 * <p>Locations are looked up by identity: two equal resources read from two places keep their
 * own locations.
 */
public final class ResourceSet {

  private static final ResourceSet EMPTY =
      new ResourceSet(List.of(), new IdentityHashMap<>(), List.of());

  private final List<Resource> resources;
  private final Map<Resource, ResourceLocations> locations;
  private final List<IgnoredAnnotation> ignoredAnnotations;

  private ResourceSet(List<Resource> resources, IdentityHashMap<Resource, ResourceLocations> locs,
      List<IgnoredAnnotation> ignoredAnnotations) {
    this.resources = resources;
    this.locations = Collections.unmodifiableMap(locs);
    this.ignoredAnnotations = ignoredAnnotations;
  }

  /** Resources read from manifests, with their locations and the annotations Calico ignores. */
  static ResourceSet read(List<Resource> resources, IdentityHashMap<Resource, ResourceLocations> l,
      List<IgnoredAnnotation> ignored) {
    return new ResourceSet(List.copyOf(resources), new IdentityHashMap<>(l), List.copyOf(ignored));
  }

  /**
   * {@return the given resources, in order, without source locations}
   *
   * @param resources the resources, in order
   */
  public static ResourceSet of(Collection<? extends Resource> resources) {
    return new ResourceSet(List.copyOf(resources), new IdentityHashMap<>(), List.of());
  }

  /**
   * The given resources, each read as a whole at one place: every value of a resource is located
   * where the resource is. For sources whose records are not manifests, such as the keys of an
   * etcd dump, so that problems with a resource still name the file and line it came from.
   *
   * @param resources the resources, in order
   * @param locations where each resource was read, in the same order
   * @return the set
   * @throws IllegalArgumentException when the two lists differ in size
   */
  public static ResourceSet locatedAt(
      List<? extends Resource> resources, List<SourceLocation> locations) {
    if (resources.size() != locations.size()) {
      throw new IllegalArgumentException(
          resources.size() + " resources but " + locations.size() + " locations");
    }
    IdentityHashMap<Resource, ResourceLocations> locs = new IdentityHashMap<>();
    for (int i = 0; i < resources.size(); i++) {
      locs.put(resources.get(i), new ResourceLocations(locations.get(i), Map.of()));
    }
    return new ResourceSet(List.copyOf(resources), locs, List.of());
  }

  /**
   * The annotations of Kubernetes Nodes that Calico ignored when it made Calico Nodes of them
   * (invalid values), in input order; empty for resources not read from Kubernetes Nodes.
   *
   * @return the ignored annotations
   */
  public List<IgnoredAnnotation> ignoredAnnotations() {
    return ignoredAnnotations;
  }

  /** {@return a set with no resources} */
  public static ResourceSet empty() {
    return EMPTY;
  }

  /** {@return every resource, in input order} */
  public List<Resource> all() {
    return resources;
  }

  /**
   * {@return the resources of type {@code type}, in input order}
   *
   * @param <T> the resource type
   * @param type the resource record class, e.g. {@code BGPPeer.class}
   */
  public <T extends Resource> List<T> ofType(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Resource r : resources) {
      if (type.isInstance(r)) {
        out.add(type.cast(r));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Where {@code resource} (this very instance) starts in its manifest, if it was read.
   *
   * @param resource a resource of this set (compared by identity)
   * @return the location of the resource's first line, or empty if it was not read from a manifest
   */
  public Optional<SourceLocation> locationOf(Resource resource) {
    ResourceLocations l = locations.get(Objects.requireNonNull(resource, "resource"));
    return l == null ? Optional.empty() : Optional.of(l.start());
  }

  /**
   * Where the value of {@code fieldPath} (JSON names, {@code [i]} for list items, {@code [key]}
   * for map entries, e.g. {@code spec.exportV4[0].interface}) was read; falls back to the nearest
   * enclosing value that was read, then to the resource itself.
   *
   * @param resource a resource of this set (compared by identity)
   * @param fieldPath the field's path, e.g. {@code spec.peerIP}
   * @return the location of the field's value or of its nearest enclosing value, or empty if the
   *     resource was not read from a manifest
   */
  public Optional<SourceLocation> locationOf(Resource resource, String fieldPath) {
    ResourceLocations l = locations.get(Objects.requireNonNull(resource, "resource"));
    return l == null ? Optional.empty() : Optional.of(l.find(fieldPath));
  }

  /**
   * {@return this set's resources followed by {@code other}'s, with the locations of both}
   *
   * @param other the resources to append
   */
  public ResourceSet plus(ResourceSet other) {
    if (other.resources.isEmpty()) {
      return this;
    }
    if (resources.isEmpty()) {
      return other;
    }
    List<Resource> all = new ArrayList<>(resources.size() + other.resources.size());
    all.addAll(resources);
    all.addAll(other.resources);
    IdentityHashMap<Resource, ResourceLocations> locs = new IdentityHashMap<>(locations);
    locs.putAll(other.locations);
    List<IgnoredAnnotation> ignored = new ArrayList<>(ignoredAnnotations);
    ignored.addAll(other.ignoredAnnotations);
    return new ResourceSet(List.copyOf(all), locs, List.copyOf(ignored));
  }

  /** {@return the number of resources} */
  public int size() {
    return resources.size();
  }

  /** A short description for debugging, e.g. {@code ResourceSet[3 resources]}. */
  @Override
  public String toString() {
    return "ResourceSet[" + resources.size() + " resources]";
  }
}
