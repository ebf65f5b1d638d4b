package io.github.calicobgp.peering;

/**
 * The node to plan does not exist in the snapshot (or its Node failed to parse, which confd
 * treats the same way): confd fails to render every file in that case (confd-behavior §9).
 */
public final class UnknownNodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String nodeName;

  /** The exception for {@code nodeName}. */
  public UnknownNodeException(String nodeName) {
    super("no Calico node named \"" + nodeName + "\" in the cluster snapshot (confd renders"
        + " nothing for a node without a valid Node resource)");
    this.nodeName = nodeName;
  }

  /** The node that was asked for. */
  public String nodeName() {
    return nodeName;
  }
}
