package io.github.calicobgp.agent;

import java.util.List;
import java.util.Objects;

/**
 * What one attempt to bring the configuration directory up to date did.
 *
 * @param result how it ended
 * @param files the files written (empty unless {@link Result#WRITTEN})
 * @param message why it failed (the renderer's, checker's or file system's words), or empty
 * @param reloads the reload commands run
 * @param failedReloads those of them that failed
 */
public record WriteOutcome(
    Result result, List<String> files, String message, int reloads, int failedReloads) {

  /** How an attempt ended. */
  public enum Result {
    /** The directory already held these bytes: nothing written, nothing reloaded. */
    UNCHANGED,
    /** The changed files were checked, swapped in and BIRD was told to reload. */
    WRITTEN,
    /** The plan could not be rendered; the old files stay. */
    RENDER_FAILED,
    /** The check command rejected the new files; the old files stay. */
    CHECK_FAILED,
    /** The files could not be written; the old files stay. */
    WRITE_FAILED,
    /** This node is not in the datastore (or not planned); the old files stay. */
    NO_NODE
  }

  /**
   * Copies the list.
   *
   * @param failedReloads those of them that failed
   * @param files the files written (empty unless {@link Result#WRITTEN})
   * @param message why it failed (the renderer's, checker's or file system's words), or empty
   * @param reloads the reload commands run
   * @param result how it ended
   */
  public WriteOutcome {
    Objects.requireNonNull(result, "result");
    files = List.copyOf(files);
    Objects.requireNonNull(message, "message");
  }

  /**
   * Whether the directory now holds the configuration of the current plan.
   *
   * @return true for {@link Result#UNCHANGED} and {@link Result#WRITTEN}
   */
  public boolean ok() {
    return result == Result.UNCHANGED || result == Result.WRITTEN;
  }

  static WriteOutcome failed(Result result, String message) {
    return new WriteOutcome(result, List.of(), message, 0, 0);
  }
}
