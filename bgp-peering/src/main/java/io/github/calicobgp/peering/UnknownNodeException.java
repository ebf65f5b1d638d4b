package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.DisplayText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The node to plan does not exist in the snapshot, or its Node has an address that does not parse,
 * which confd treats the same way: confd fails to render every file in that case
 * ({@code populateNodeConfig} fails, so {@code GetBirdBGPConfig} returns no configuration;
 * confd/pkg/backends/calico/bgp_processor.go).
 */
public final class UnknownNodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name asked for. */
  private final String nodeName;
  private final transient @Nullable IgnoredNode ignoredNode;

  /**
   * The exception for {@code nodeName}, whose Node is {@code ignoredNode} if there is one.
   *
   * @param nodeName the name asked for
   * @param ignoredNode the Node confd ignores under that name, with the reason; null when there is
   *     none
   */
  public UnknownNodeException(String nodeName, @Nullable IgnoredNode ignoredNode) {
    super(message(nodeName, ignoredNode));
    this.nodeName = nodeName;
    this.ignoredNode = ignoredNode;
  }

  private static String message(String nodeName, @Nullable IgnoredNode ignored) {
    String node = DisplayText.quote(nodeName);
    if (ignored == null) {
      return "no Calico node named " + node + " in the cluster snapshot (confd renders nothing"
          + " for a node without a valid Node resource)";
    }
    return "the Node " + node + " is ignored: its " + ignored.fieldPath() + " " + ignored.problem()
        + ", so confd drops the Node and renders nothing for it";
  }

  /** {@return the node that was asked for} */
  public String nodeName() {
    return nodeName;
  }

  /** {@return the Node of that name that confd ignores, when there is one} */
  public Optional<IgnoredNode> ignoredNode() {
    return Optional.ofNullable(ignoredNode);
  }
}
