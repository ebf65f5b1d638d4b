package io.github.calicobgp.testkit.arbitraries;

import java.util.List;

/**
 * The label keys and values the fixtures put on nodes, which generated selectors and labels draw
 * from, so that selectors select something often enough to matter.
 */
final class Vocabulary {

  /** Label keys: the fixtures' own, and one more. */
  static final List<String> KEYS =
      List.of("rack", "zone", "route-reflector", "kubernetes.io/hostname", "app");

  /** Label values that the fixtures use for those keys. */
  static final List<String> VALUES =
      List.of("rack-1", "rack-2", "a", "b", "true", "node-1", "node-2", "bgp-speaker");

  private Vocabulary() {}
}
