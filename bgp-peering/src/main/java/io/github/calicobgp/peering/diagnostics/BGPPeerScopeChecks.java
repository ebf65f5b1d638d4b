package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.selector.Selector;
import io.github.calicobgp.api.selector.SelectorParseException;
import io.github.calicobgp.peering.IgnoredBGPPeer;
import io.github.calicobgp.peering.diagnostics.ClusterView.PeerOnNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * BGPPeers confd drops, BGPPeers it drops but still reverses, BGPPeers that select no node, and
 * BGPPeers that apply to every node.
 */
final class BGPPeerScopeChecks implements Check {

  @Override
  public void run(ClusterView view, List<Finding> findings) {
    for (BGPPeer peer : view.snapshot().bgpPeers()) {
      String name = Text.bgpPeer(peer.metadata().nameOrEmpty());
      Optional<IgnoredBGPPeer> ignored = IgnoredBGPPeer.of(peer);
      if (ignored.isPresent()) {
        List<PeerOnNode> reverse = view.peersFrom(peer.metadata().nameOrEmpty());
        if (reverse.isEmpty()) {
          IgnoredBGPPeer i = ignored.get();
          findings.add(Finding.of(FindingCode.BGPPEER_IGNORED, name + " makes no peering: its "
              + i.fieldPath() + " " + i.problem() + ", and confd drops such a BGPPeer without a"
              + " word.", List.of(), List.of(name)));
        } else {
          findings.add(reverseOnly(ignored.get(), name, reverse));
        }
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

  /**
   * A BGPPeer whose own peerings confd drops but whose reverse pass still gives nodes peerings
   * (updatePeersV1, confd/pkg/backends/calico/client.go: the reverse pass neither parses the
   * peerIP nor checks reachableBy). The commonest case is a BGPPeer with only {@code node}: its
   * empty peerIP is, to {@code nodesWithIPPortAndAS}, the address text of every node without an
   * IPv4 or an IPv6 address, so those nodes get a peering to the BGPPeer's node.
   */
  private static Finding reverseOnly(
      IgnoredBGPPeer ignored, String name, List<PeerOnNode> reverse) {
    BGPPeerSpec spec = ignored.peer().spec();
    Set<String> nodes = new LinkedHashSet<>();
    List<String> peerings = new ArrayList<>();
    for (PeerOnNode p : reverse) {
      nodes.add(p.node());
      String remote = p.peer().remoteNodeName();
      peerings.add(p.node() + " → " + (remote == null ? "" : remote + " at ")
          + p.peer().address() + " (" + p.peer().name() + ")");
    }
    for (PeerOnNode p : reverse) {
      if (p.peer().remoteNodeName() != null) {
        nodes.add(p.peer().remoteNodeName());
      }
    }
    String local = !isEmpty(spec.node()) ? spec.node()
        : !isEmpty(spec.nodeSelector()) ? "the nodes of nodeSelector '" + spec.nodeSelector() + "'"
        : "every node";
    String message;
    if (isEmpty(spec.peerIP()) && "spec.peerIP".equals(ignored.fieldPath())) {
      message = name + " has neither peerIP, peerSelector nor localWorkloadSelector, which is"
          + " almost certainly a mistake, and confd does not simply drop it: it gives " + local
          + " no peering, but its reverse pass (nodesWithIPPortAndAS) takes the empty peerIP for"
          + " the address of every node without an IPv4 or an IPv6 address, in the AS of its"
          + " asNumber (the cluster's without one), and gives each a peering to " + local + ": "
          + Text.list(peerings) + ". Give it a peerIP or a peerSelector, or delete it.";
    } else {
      message = name + " makes only reverse peerings: its " + ignored.fieldPath() + " "
          + ignored.problem() + ", so confd drops the peerings of " + local + " without a"
          + " word, yet its reverse pass still gives " + Text.list(peerings) + ". Fix "
          + ignored.fieldPath() + ".";
    }
    return Finding.of(FindingCode.BGPPEER_ONLY_REVERSE_PEERINGS, message, List.copyOf(nodes),
        List.of(name));
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
