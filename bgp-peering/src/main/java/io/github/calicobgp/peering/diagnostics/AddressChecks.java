package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.manifest.IgnoredAnnotation;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.IgnoredNode;
import io.github.calicobgp.peering.NodePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Addresses two nodes share, nodes without an address in a family others use, Nodes confd
 * ignores because an address does not parse, and Kubernetes Node annotations Calico ignores.
 */
final class AddressChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    for (IgnoredNode ignored : view.snapshot().ignoredNodes()) {
      String name = ignored.node().metadata().nameOrEmpty();
      findings.add(Finding.of(FindingCode.NODE_IGNORED, "node " + name + " is ignored by confd: its "
              + ignored.fieldPath() + " " + ignored.problem() + ", so confd drops the whole Node:"
              + " no node peers with it, and calico-node on it renders no BIRD configuration.",
          List.of(name), List.of("Node/" + name)));
    }
    for (IgnoredAnnotation ignored : view.snapshot().ignoredAnnotations()) {
      String name = ignored.nodeName();
      findings.add(Finding.of(FindingCode.NODE_ANNOTATION_IGNORED, "node " + name + ": Calico"
              + " ignores its annotation " + ignored.annotation() + "=" + DisplayText.quote(ignored.value())
              + " (" + ignored.reason() + ") and reads the Node as if it were absent.",
          List.of(name), List.of("Node/" + name)));
    }
    for (IPFamily family : IPFamily.values()) {
      Map<IPAddress, List<String>> byAddress = new TreeMap<>();
      List<String> with = new ArrayList<>();
      List<String> without = new ArrayList<>();
      for (NodePlan node : view.plan().nodes()) {
        IPAddress address = node.family(family).address();
        if (address == null) {
          without.add(node.nodeName());
        } else {
          with.add(node.nodeName());
          byAddress.computeIfAbsent(address, k -> new ArrayList<>()).add(node.nodeName());
        }
      }
      byAddress.forEach((address, nodes) -> {
        if (nodes.size() > 1) {
          findings.add(Finding.of(FindingCode.DUPLICATE_NODE_ADDRESS, "nodes " + Text.list(nodes)
              + " all have the " + Text.family(family) + " address " + address + ": sessions to "
              + address + " reach only one of them, and they never peer with each other.",
              nodes, nodes.stream().map(n -> "Node/" + n).toList()));
        }
      });
      if (!with.isEmpty() && !without.isEmpty()) {
        findings.add(Finding.of(FindingCode.NODE_MISSING_FAMILY_ADDRESS,
            (without.size() == 1 ? "node " + without.get(0) + " has" : "nodes "
                + Text.list(without) + " have") + " no " + Text.family(family) + " address while "
                + Text.list(with) + (with.size() == 1 ? " has one" : " have one") + ": no "
                + Text.family(family) + " routes are exchanged between them.",
            without, List.of()));
      }
    }
  }
}
