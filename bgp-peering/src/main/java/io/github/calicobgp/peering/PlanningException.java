package io.github.calicobgp.peering;

/**
 * Planning the nodes a batch of events affects failed; the {@link ClusterState} that was applying
 * the batch is unchanged. The cause is the engine's exception.
 */
public final class PlanningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * The failure of a batch.
   *
   * @param changes how many resources the batch changed
   * @param cause what planning threw
   */
  public PlanningException(int changes, Throwable cause) {
    super("planning a batch of " + changes + " resource change(s) failed; the batch was not "
        + "applied: " + cause.getMessage(), cause);
  }
}
