package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Resource;

/** Two resources of the same kind, namespace and name were given to one snapshot. */
public final class DuplicateResourceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Resource first;
  private final transient Resource second;

  /**
   * The exception for {@code second}, which has the same identity as {@code first}.
   *
   * @param first the resource added first
   * @param second the resource with the same identity, which was refused
   */
  public DuplicateResourceException(Resource first, Resource second) {
    this(first, second, "", "");
  }

  /**
   * The exception for {@code second}, with a description of where each of the two came from.
   *
   * @param first the resource added first
   * @param second the resource with the same identity, which was refused
   * @param firstOrigin where {@code first} was read (e.g. {@code "at a.yaml:3"}), or ""
   * @param secondOrigin where {@code second} was read, or ""
   */
  public DuplicateResourceException(
      Resource first, Resource second, String firstOrigin, String secondOrigin) {
    super("duplicate resource: " + describe(first, firstOrigin) + " and "
        + describe(second, secondOrigin) + " have the same kind, namespace and name");
    this.first = first;
    this.second = second;
  }

  /** {@return the resource seen first} */
  public Resource first() {
    return first;
  }

  /** {@return the resource that repeats the first one's identity} */
  public Resource second() {
    return second;
  }

  private static String describe(Resource resource, String origin) {
    return origin.isEmpty() ? resource.displayName() : resource.displayName() + " (" + origin + ")";
  }
}
