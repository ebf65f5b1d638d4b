package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;

/** Turns the records a node's key spaces dropped into {@link ShadowedPeer}s. */
final class ShadowedPeers {
  private ShadowedPeers() {}

  /**
   * The peerings dropped for {@code node}, IPv4 first, global ones before node-specific ones, in
   * emission order; records the node would not render (its own address, a family it has no
   * address in) are left out.
   */
  static List<ShadowedPeer> of(PlanContext context, CalicoNode node, ASNumber nodeAS,
      KeySpace global, KeySpace own) {
    if (global.shadowed().isEmpty() && own.shadowed().isEmpty()) {
      return List.of();
    }
    List<ShadowedPeer> result = new ArrayList<>();
    for (IPFamily family : IPFamily.values()) {
      IPAddress address = node.address(family);
      if (address != null) {
        LocalEnd local =
            new LocalEnd(node, family, address, nodeAS, node.routeReflectorClusterId());
        add(result, context, local, global.shadowed());
        add(result, context, local, own.shadowed());
      }
    }
    return List.copyOf(result);
  }

  private static void add(List<ShadowedPeer> result, PlanContext context, LocalEnd local,
      List<KeySpace.Shadowing> shadowings) {
    for (KeySpace.Shadowing s : shadowings) {
      if (s.kept().ip().family() != local.family()) {
        continue;
      }
      Peer kept = RecordPeers.of(context, local, s.kept());
      Peer dropped = RecordPeers.of(context, local, s.dropped());
      if (kept != null && dropped != null) {
        result.add(new ShadowedPeer(local.node().name(), kept, dropped, rule(s)));
      }
    }
  }

  private static ShadowedPeer.Rule rule(KeySpace.Shadowing s) {
    if (s.keptPass() == s.droppedPass()) {
      return ShadowedPeer.Rule.SAME_PASS;
    }
    return s.keptPass() == KeySpace.Pass.GLOBAL
        ? ShadowedPeer.Rule.GLOBAL_FIRST : ShadowedPeer.Rule.FORWARD_FIRST;
  }
}
