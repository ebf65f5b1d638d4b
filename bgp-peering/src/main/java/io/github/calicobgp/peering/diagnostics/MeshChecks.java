package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.NodePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A mesh turned off with nothing in its place, and a mesh too large. */
final class MeshChecks implements Check {

  /** Calico's guidance: above this many nodes, use route reflectors instead of a full mesh. */
  static final int MESH_LIMIT = 100;

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    List<NodePlan> nodes = view.addressedNodes();
    if (!view.meshEnabled()) {
      if (nodes.size() >= 2 && view.graph().nodeToNodeSessions().isEmpty()) {
        findings.add(meshDisabled(view, nodes));
      }
      return;
    }
    List<String> meshed = nodes.stream()
        .filter(ClusterView::hasMeshPeers)
        .map(NodePlan::nodeName).toList();
    if (meshed.size() > MESH_LIMIT) {
      findings.add(Finding.of(FindingCode.MESH_TOO_LARGE, "the node-to-node mesh has "
          + meshed.size() + " nodes and " + sessionCounts(view) + ": every node keeps a session "
          + "with every other. Calico recommends route reflectors above " + MESH_LIMIT
          + " nodes.", List.of(), configuration(view)));
    }
  }

  private static Finding meshDisabled(ClusterView view, List<NodePlan> nodes) {
    List<String> names = nodes.stream().map(NodePlan::nodeName).toList();
    boolean viaRouters = names.stream().allMatch(n -> !view.routerSessions(n, null).isEmpty());
    String message = "the node-to-node mesh is disabled and no BGPPeer peers two Calico nodes: "
        + (viaRouters
            ? "the " + names.size() + " nodes exchange routes only through their external peers."
            : "nodes without an external peer learn no route of another node.");
    return new Finding(FindingCode.MESH_DISABLED_WITHOUT_NODE_PEERING,
        viaRouters ? Severity.INFO : Severity.ERROR, message, names,
        List.of(ClusterView.DEFAULT_CONFIGURATION));
  }

  private static String sessionCounts(ClusterView view) {
    Map<IPFamily, Integer> counts = view.meshSessionCounts();
    List<String> parts = new ArrayList<>();
    counts.forEach((family, count) -> parts.add(count + " " + Text.family(family) + " sessions"));
    return Text.list(parts);
  }

  private static List<String> configuration(ClusterView view) {
    return view.snapshot().defaultConfiguration().isPresent()
        ? List.of(ClusterView.DEFAULT_CONFIGURATION) : List.of();
  }
}
