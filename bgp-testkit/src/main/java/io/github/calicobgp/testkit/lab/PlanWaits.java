package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Waits until a lab does what the engine planned: its sessions, then its pod routes. */
final class PlanWaits {

  private PlanWaits() {}

  /** See {@link BirdLab#awaitPlannedSessions}. */
  static SessionReport sessions(BirdLab lab, ClusterPlan plan, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      SessionReport report = lab.sessionReport(plan);
      if (report.isClean()) {
        return report;
      }
      if (report.problems().stream()
          .anyMatch(p -> p.kind() != SessionReport.Kind.NOT_ESTABLISHED)) {
        throw new LabException("BIRD's BGP protocols differ from the plan:\n" + report);
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new LabTimeoutException("planned sessions not Established after "
            + timeout.toMillis() + " ms:\n" + report);
      }
      Poll.pause();
    }
  }

  /** See {@link BirdLab#awaitPodBlocks}; a node, once complete, is not asked again. */
  static void podBlocks(BirdLab lab, ClusterPlan plan, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, List<String>> missing = new LinkedHashMap<>();
    List<NodePlan> pending = new ArrayList<>(plan.nodes());
    while (true) {
      for (Iterator<NodePlan> it = pending.iterator(); it.hasNext(); ) {
        NodePlan node = it.next();
        List<String> absent = PlanComparison.missingPodBlocks(lab, plan, node);
        if (absent.isEmpty()) {
          missing.remove(node.nodeName());
          it.remove();
        } else {
          missing.put(node.nodeName(), absent);
        }
      }
      if (pending.isEmpty()) {
        return;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new LabTimeoutException("pod blocks not learned through BGP within "
            + timeout.toMillis() + " ms:" + missing.entrySet().stream()
                .map(e -> "\n  " + e.getKey() + " lacks " + e.getValue())
                .collect(Collectors.joining()));
      }
      Poll.pause();
    }
  }
}
