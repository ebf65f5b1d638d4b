package io.github.calicobgp.api.manifest;

import java.util.Objects;

/**
 * An annotation of a Kubernetes Node that Calico's conversion to a Calico Node ignores, because
 * its value does not pass Calico's check (libcalico-go {@code
 * lib/backend/k8s/resources/node.go}, {@code getAnnotation}: the value is logged and dropped).
 * The reader keeps a record of it so that the loss is not silent.
 *
 * @param nodeName the node's name
 * @param annotation the annotation's key, e.g. {@code projectcalico.org/IPv4Address}
 * @param value the value that was ignored
 * @param reason why Calico ignores it
 */
public record IgnoredAnnotation(String nodeName, String annotation, String value, String reason) {

  /**
   * Checks that every part is present.
   *
   * @param annotation the annotation's key, e.g. {@code projectcalico.org/IPv4Address}
   * @param nodeName the node's name
   * @param reason why Calico ignores it
   * @param value the value that was ignored
   */
  public IgnoredAnnotation {
    Objects.requireNonNull(nodeName, "nodeName");
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }
}
