package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.peering.PeerSetting;
import io.github.calicobgp.peering.ShadowedPeer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two BGPPeers that give a node the same peering with different settings. */
final class ConflictCheck implements Check {

  /** Settings that differ because two BGPPeers differ, not because the peerings do. */
  private static final Set<PeerSetting> ORIGIN = EnumSet.of(PeerSetting.KIND, PeerSetting.BGP_PEER);

  /** The peerings one pair of BGPPeers conflict on. */
  private record Conflict(
      Set<String> nodes, Set<String> addresses, Map<PeerSetting, Set<String>> values) {
    Conflict() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>());
    }
  }

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    Map<List<Object>, Conflict> conflicts = new LinkedHashMap<>();
    for (ShadowedPeer shadowed : view.plan().shadowedPeers()) {
      List<PeerSetting> differing = new ArrayList<>(
          PeerSetting.differing(shadowed.kept(), shadowed.dropped()));
      differing.removeAll(ORIGIN);
      if (differing.isEmpty()) {
        continue;
      }
      Conflict conflict = conflicts.computeIfAbsent(List.of(shadowed.kept().bgpPeerName(),
          shadowed.dropped().bgpPeerName(), shadowed.rule()), k -> new Conflict());
      conflict.nodes().add(shadowed.node());
      conflict.addresses().add(shadowed.kept().address() + portSuffix(shadowed));
      for (PeerSetting setting : differing) {
        conflict.values().computeIfAbsent(setting, k -> new LinkedHashSet<>())
            .add(setting.describe(shadowed.kept()) + " vs " + setting.describe(shadowed.dropped()));
      }
    }
    conflicts.forEach((key, conflict) -> findings.add(finding(
        (String) key.get(0), (String) key.get(1), (ShadowedPeer.Rule) key.get(2), conflict)));
  }

  private static Finding finding(
      String kept, String dropped, ShadowedPeer.Rule rule, Conflict conflict) {
    String keptName = Text.bgpPeer(kept);
    String droppedName = Text.bgpPeer(dropped);
    List<String> differences = new ArrayList<>();
    conflict.values().forEach((setting, values) -> differences.add(setting.label()
        + (values.size() == 1 ? " (" + values.iterator().next() + ")" : "")));
    String message = keptName + " and " + droppedName + " both configure the peering of "
        + (conflict.nodes().size() == 1 ? "node " : "nodes ") + Text.list(conflict.nodes())
        + " with " + Text.list(conflict.addresses()) + " but differ in "
        + Text.list(differences) + ": " + why(keptName, droppedName, rule);
    return Finding.of(FindingCode.BGPPEERS_CONFLICT, message, List.copyOf(conflict.nodes()),
        List.of(keptName, droppedName));
  }

  private static String why(String kept, String dropped, ShadowedPeer.Rule rule) {
    return switch (rule) {
      case SAME_PASS -> "confd keeps the one it reads first, in an unspecified order, so either "
          + "may win and the winner can change when calico-node restarts (this analysis assumes "
          + kept + ", the first by name). Remove one of them.";
      case GLOBAL_FIRST -> "confd keeps " + kept + "'s, because a global BGPPeer (no node, no "
          + "nodeSelector) hides node-specific peerings to the same address; " + dropped
          + "'s settings are ignored there.";
      case FORWARD_FIRST -> "confd keeps " + kept + "'s, because a BGPPeer that selects the node "
          + "beats the reverse peering " + dropped + " implies; " + dropped + "'s settings are "
          + "ignored on that end.";
    };
  }

  private static String portSuffix(ShadowedPeer shadowed) {
    Integer port = shadowed.kept().port();
    return port == null || port == 179 ? "" : " port " + port;
  }
}
