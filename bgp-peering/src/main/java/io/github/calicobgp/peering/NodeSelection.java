package io.github.calicobgp.peering;

import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.selector.SelectorParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Selector evaluation against the nodes of one snapshot ({@code nodesMatching},
 * confd/pkg/backends/calico/node_labels.go): each distinct
 * selector text is parsed once, an unparsable one matches nothing, and "the nodes matching S" is
 * memoised. Thread-safe.
 *
 * <p>A selector reads only the labels in {@link Selector#labelKeys()}, so nodes are grouped by
 * their labels restricted to those keys and each selector is evaluated once per group, not once
 * per node: a thousand {@code rack == 'rN'} selectors over ten thousand nodes cost a thousand
 * times the number of racks, plus one grouping pass.
 */
final class NodeSelection {

  private final List<CalicoNode> nodes;
  private final ConcurrentMap<String, Optional<Selector>> parsed = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, List<CalicoNode>> matching = new ConcurrentHashMap<>();
  private final ConcurrentMap<Set<String>, Grouping> groupings = new ConcurrentHashMap<>();

  /** Selection over {@code nodes}, which are sorted by name. */
  NodeSelection(List<CalicoNode> nodes) {
    this.nodes = nodes;
  }

  /** The parsed selector, or empty when {@code text} does not parse. */
  Optional<Selector> selector(String text) {
    return parsed.computeIfAbsent(text, NodeSelection::parse);
  }

  /** Whether {@code text} parses and matches {@code labels}. */
  boolean matches(String text, Map<String, String> labels) {
    Optional<Selector> selector = selector(text);
    return selector.isPresent() && selector.get().matches(labels);
  }

  /** The nodes whose labels match {@code text}, sorted by name; none if it does not parse. */
  List<CalicoNode> nodesMatching(String text) {
    return matching.computeIfAbsent(text, this::computeMatching);
  }

  private List<CalicoNode> computeMatching(String text) {
    Optional<Selector> parsedSelector = selector(text);
    if (parsedSelector.isEmpty()) {
      return List.of();
    }
    Selector selector = parsedSelector.get();
    Grouping grouping = groupings.computeIfAbsent(selector.labelKeys(), this::group);
    boolean[] groupMatches = new boolean[grouping.projections.size()];
    for (int g = 0; g < groupMatches.length; g++) {
      groupMatches[g] = selector.matches(grouping.projections.get(g));
    }
    List<CalicoNode> result = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (groupMatches[grouping.groupOfNode[i]]) {
        result.add(nodes.get(i));
      }
    }
    return List.copyOf(result);
  }

  private Grouping group(Set<String> keys) {
    Map<Map<String, String>, Integer> groupIds = new HashMap<>();
    List<Map<String, String>> projections = new ArrayList<>();
    int[] groupOfNode = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      Map<String, String> labels = nodes.get(i).labels();
      Map<String, String> projection = new TreeMap<>();
      for (String key : keys) {
        String value = labels.get(key);
        if (value != null) {
          projection.put(key, value);
        }
      }
      Integer id = groupIds.get(projection);
      if (id == null) {
        id = projections.size();
        groupIds.put(projection, id);
        projections.add(projection);
      }
      groupOfNode[i] = id;
    }
    return new Grouping(groupOfNode, projections);
  }

  private static Optional<Selector> parse(String text) {
    try {
      return Optional.of(Selector.parse(text));
    } catch (SelectorParseException unparsable) {
      return Optional.empty();
    }
  }

  /** The nodes grouped by their labels restricted to one set of keys. */
  private record Grouping(int[] groupOfNode, List<Map<String, String>> projections) {}
}
