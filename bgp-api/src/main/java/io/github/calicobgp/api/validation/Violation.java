package io.github.calicobgp.api.validation;

/**
 * One reason why a resource is invalid.
 *
 * @param kind the resource's kind, e.g. {@code BGPPeer}
 * @param name the resource's name ({@code ""} when it has none)
 * @param fieldPath the offending field in JSON names, e.g. {@code spec.peerIP}, {@code
 *     spec.exportV4[0].interface}, {@code metadata.labels[Foo]}; {@code spec} (or the enclosing
 *     object) for a rule over several fields
 * @param message what is wrong, in Calico's wording where Calico has one
 */
public record Violation(String kind, String name, String fieldPath, String message) {

  /**
   * {@code field: message}, the way one line of a report describes the problem.
   *
   * @return the description, e.g. {@code spec.peerIP: invalid IP address}
   */
  public String describe() {
    return fieldPath.isEmpty() ? message : fieldPath + ": " + message;
  }

  /** {@code Kind/name: field: message}. */
  @Override
  public String toString() {
    return kind + "/" + name + ": " + describe();
  }
}
