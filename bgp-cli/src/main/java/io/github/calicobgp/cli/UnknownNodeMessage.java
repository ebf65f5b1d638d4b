package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.peering.IgnoredNode;
import io.github.calicobgp.peering.UnknownNodeException;
import org.jspecify.annotations.Nullable;

/**
 * What the CLI says when the node asked for ({@code --node}) is not a node of the snapshot: that
 * there is no Node of that name in the input, or, when confd ignores the Node because an address
 * does not parse ({@code bgpNodeUpdateProcessor.Process},
 * libcalico-go/lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go), where that address
 * is and what is wrong with it.
 */
final class UnknownNodeMessage {

  private UnknownNodeMessage() {}

  /** The line for {@code e}, about the resources of {@code input}. */
  static String line(@Nullable ResourceSet input, UnknownNodeException e) {
    if (input == null || e.ignoredNode().isEmpty()) {
      return Problems.oneLine(
          "calico-bgp: no Node named " + DisplayText.quote(e.nodeName()) + " in the input");
    }
    IgnoredNode ignored = e.ignoredNode().get();
    return Problems.line(input, ignored.node(), ignored.fieldPath(),
        ignored.problem() + ", so confd ignores this Node and renders nothing for it");
  }
}
