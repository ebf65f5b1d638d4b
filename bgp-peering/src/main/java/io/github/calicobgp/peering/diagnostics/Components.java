package io.github.calicobgp.peering.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The connected components of a graph over names (union-find). */
final class Components {

  private final Map<String, String> parent = new LinkedHashMap<>();

  /** Each of {@code names} in a component of its own, in this order. */
  Components(Collection<String> names) {
    for (String name : names) {
      parent.put(name, name);
    }
  }

  /** Joins the components of {@code a} and {@code b}; names not given at first are ignored. */
  void join(String a, String b) {
    if (parent.containsKey(a) && parent.containsKey(b)) {
      parent.put(root(a), root(b));
    }
  }

  /** The components, each in the order names were given, ordered by their first name. */
  List<List<String>> groups() {
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    Map<String, String> roots = new HashMap<>();
    for (String name : parent.keySet()) {
      roots.put(name, root(name));
    }
    for (String name : parent.keySet()) {
      byRoot.computeIfAbsent(roots.get(name), k -> new ArrayList<>()).add(name);
    }
    return byRoot.values().stream().map(List::copyOf).toList();
  }

  private String root(String name) {
    String current = name;
    while (!parent.get(current).equals(current)) {
      String next = parent.get(current);
      parent.put(current, parent.get(next));
      current = next;
    }
    return current;
  }
}
