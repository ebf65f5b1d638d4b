package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.selector.SelectorParseException;
import io.github.calicobgp.peering.IgnoredBGPPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** BGPPeers confd drops, BGPPeers that select no node, and BGPPeers that apply to every node. */
final class BGPPeerScopeChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    for (BGPPeer peer : view.snapshot().bgpPeers()) {
      String name = Text.bgpPeer(peer.metadata().nameOrEmpty());
      Optional<IgnoredBGPPeer> ignored = IgnoredBGPPeer.of(peer);
      if (ignored.isPresent()) {
        IgnoredBGPPeer i = ignored.get();
        findings.add(Finding.of(FindingCode.BGPPEER_IGNORED, name + " makes no peering: its "
            + i.fieldPath() + " " + i.problem() + ", and confd drops such a BGPPeer without a"
            + " word.", List.of(), List.of(name)));
        continue;
      }
      BGPPeerSpec spec = peer.spec();
      List<String> problems = new ArrayList<>();
      if (!isEmpty(spec.nodeSelector())) {
        selects(view, "nodeSelector", spec.nodeSelector(), problems);
      } else if (!isEmpty(spec.node()) && view.snapshot().node(spec.node()).isEmpty()) {
        problems.add("its node '" + spec.node() + "' does not exist");
      }
      if (!isEmpty(spec.peerSelector()) && isEmpty(spec.localWorkloadSelector())) {
        selects(view, "peerSelector", spec.peerSelector(), problems);
      }
      if (!problems.isEmpty()) {
        findings.add(Finding.of(FindingCode.BGPPEER_SELECTS_NO_NODE, name + " makes no peering: "
            + String.join(", and ", problems) + ".", List.of(), List.of(name)));
      } else if (isEmpty(spec.node()) && isEmpty(spec.nodeSelector())) {
        int nodes = view.snapshot().nodeNames().size();
        findings.add(Finding.of(FindingCode.BGPPEER_APPLIES_TO_ALL_NODES, name + " has neither "
            + "node nor nodeSelector, so it applies to every node: the " + nodes + " of this "
            + "cluster and any added later.", List.of(), List.of(name)));
      }
    }
  }

  private static void selects(
      ClusterView view, String field, String selector, List<String> problems) {
    try {
      Selector.parse(selector);
    } catch (SelectorParseException e) {
      problems.add("its " + field + " '" + selector + "' does not parse (" + e.getMessage()
          + "), so it matches nothing");
      return;
    }
    if (view.snapshot().nodesMatching(selector).isEmpty()) {
      problems.add("its " + field + " '" + selector + "' matches no node");
    }
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }
}
