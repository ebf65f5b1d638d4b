package io.github.calicobgp.peering;

import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.selector.SelectorParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
  private final ConcurrentMap<String, Optional<Selector>> parsed;
  private final ConcurrentMap<String, List<CalicoNode>> matching = new ConcurrentHashMap<>();
  private final ConcurrentMap<Set<String>, Grouping> groupings = new ConcurrentHashMap<>();
  /** Whether new selectors are matched node by node rather than by groups of labels. */
  private final boolean direct;

  /** Selection over {@code nodes}, which are sorted by name. */
  NodeSelection(List<CalicoNode> nodes) {
    this.nodes = nodes;
    this.parsed = new ConcurrentHashMap<>();
    this.direct = false;
  }

  private NodeSelection(List<CalicoNode> nodes, ConcurrentMap<String, Optional<Selector>> parsed) {
    this.nodes = nodes;
    this.parsed = parsed;
    this.direct = true;
  }

  /**
   * The selection over {@code nodes}, which differ from this selection's nodes in {@code removed}
   * (nodes gone or replaced) and {@code added} (nodes new or replacing), sharing what did not
   * change: parsed selectors are shared, and each memoised list of matching nodes is kept as it
   * is when the selector matches none of the changed nodes, else copied with them replaced. A
   * selector first asked for afterwards is matched node by node (one pass, no grouping), since
   * one event rarely asks for many.
   */
  NodeSelection derive(List<CalicoNode> nodes, List<CalicoNode> removed, List<CalicoNode> added) {
    NodeSelection derived = new NodeSelection(nodes, parsed);
    for (Map.Entry<String, List<CalicoNode>> entry : matching.entrySet()) {
      Optional<Selector> selector = selector(entry.getKey());
      List<CalicoNode> list = entry.getValue();
      if (selector.isEmpty()) {
        derived.matching.put(entry.getKey(), list);
        continue;
      }
      boolean touched = false;
      for (CalicoNode node : removed) {
        touched |= selector.get().matches(node.labels());
      }
      List<CalicoNode> matchingAdded = new ArrayList<>(0);
      for (CalicoNode node : added) {
        if (selector.get().matches(node.labels())) {
          matchingAdded.add(node);
        }
      }
      if (!touched && matchingAdded.isEmpty()) {
        derived.matching.put(entry.getKey(), list);
        continue;
      }
      List<CalicoNode> updated = new ArrayList<>(list.size() + matchingAdded.size());
      Set<String> gone = new HashSet<>();
      removed.forEach(node -> gone.add(node.name()));
      for (CalicoNode node : list) {
        if (!gone.contains(node.name())) {
          updated.add(node);
        }
      }
      for (CalicoNode node : matchingAdded) {
        int at = Collections.binarySearch(updated, node, BY_NAME);
        updated.add(at < 0 ? -at - 1 : at, node);
      }
      derived.matching.put(entry.getKey(), List.copyOf(updated));
    }
    return derived;
  }

  private static final Comparator<CalicoNode> BY_NAME = Comparator.comparing(CalicoNode::name);

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
    if (direct) {
      List<CalicoNode> result = new ArrayList<>();
      for (CalicoNode node : nodes) {
        if (selector.matches(node.labels())) {
          result.add(node);
        }
      }
      return List.copyOf(result);
    }
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
