package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.BlockRoute;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Compares what a lab's daemons do with what the engine planned for its nodes. */
final class PlanComparison {

  private PlanComparison() {}

  /** The sessions of every planned node against its plan. */
  static SessionReport sessions(BirdLab lab, ClusterPlan plan) {
    List<SessionReport.Problem> problems = new ArrayList<>();
    for (NodePlan node : plan.nodes()) {
      List<ProtocolState> running = lab.protocols(node.nodeName()).stream()
          .filter(ProtocolState::isBgp).toList();
      for (IPFamily family : lab.families(node.nodeName())) {
        Map<String, ProtocolState> byName = running.stream()
            .filter(p -> p.family() == family)
            .collect(Collectors.toMap(ProtocolState::name, p -> p, (a, b) -> a, LinkedHashMap::new));
        for (Peer peer : node.family(family).peers()) {
          ProtocolState state = byName.remove(peer.name());
          if (state == null) {
            problems.add(new SessionReport.Problem(node.nodeName(), family,
                SessionReport.Kind.MISSING, peer.name(), peer, null));
          } else if (!state.isEstablished()) {
            problems.add(new SessionReport.Problem(node.nodeName(), family,
                SessionReport.Kind.NOT_ESTABLISHED, peer.name(), peer, state));
          }
        }
        byName.values().forEach(state -> problems.add(new SessionReport.Problem(node.nodeName(),
            family, SessionReport.Kind.UNEXPECTED, state.name(), null, state)));
      }
    }
    return new SessionReport(problems);
  }

  /**
   * The pod blocks of other nodes that each node has no preferred route to from one of its
   * planned peers, in the families the node runs; nodes missing nothing are left out.
   */
  static Map<String, List<String>> missingPodBlocks(BirdLab lab, ClusterPlan plan) {
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (NodePlan node : plan.nodes()) {
      List<String> absent = missingPodBlocks(lab, plan, node);
      if (!absent.isEmpty()) {
        missing.put(node.nodeName(), absent);
      }
    }
    return missing;
  }

  /** The pod blocks of other nodes that {@code node} has no preferred route to from its peers. */
  static List<String> missingPodBlocks(BirdLab lab, ClusterPlan plan, NodePlan node) {
    Set<String> peers = node.peers().stream().map(Peer::name).collect(Collectors.toSet());
    Set<String> learned = lab.routes(node.nodeName()).stream()
        .filter(route -> route.primary() && peers.contains(route.protocol()))
        .map(LabRoute::prefix)
        .collect(Collectors.toSet());
    List<String> absent = new ArrayList<>();
    for (String block : otherBlocks(lab, plan, node)) {
      if (!learned.contains(block)) {
        absent.add(block);
      }
    }
    return absent;
  }

  /** The routes, from any protocol, each node has to other nodes' pod blocks; empty ones left out. */
  static Map<String, List<LabRoute>> podBlockRoutes(BirdLab lab, ClusterPlan plan) {
    Map<String, List<LabRoute>> found = new LinkedHashMap<>();
    for (NodePlan node : plan.nodes()) {
      Set<String> blocks = otherBlocks(lab, plan, node);
      List<LabRoute> routes = lab.routes(node.nodeName()).stream()
          .filter(route -> blocks.contains(route.prefix()))
          .toList();
      if (!routes.isEmpty()) {
        found.put(node.nodeName(), routes);
      }
    }
    return found;
  }

  /** The blocks of every other node in the families {@code node} runs, sorted. */
  private static Set<String> otherBlocks(BirdLab lab, ClusterPlan plan, NodePlan node) {
    Set<String> blocks = new TreeSet<>();
    for (IPFamily family : lab.families(node.nodeName())) {
      for (NodePlan other : plan.nodes()) {
        if (!other.nodeName().equals(node.nodeName())) {
          other.family(family).blocks().stream()
              .map(BlockRoute::cidr)
              .forEach(cidr -> blocks.add(cidr.masked().toString()));
        }
      }
    }
    return blocks;
  }
}
