package io.github.calicobgp.bird.diff;

import io.github.calicobgp.bird.BirdConfig;
import org.jspecify.annotations.Nullable;

/** Unified diffs of one node's six BIRD files between two revisions of a cluster. */
public final class BirdConfigDiff {
  private BirdConfigDiff() {}

  /**
   * {@return the diffs of every file that changed, in {@link BirdConfig#FILE_NAMES} order, named
   * {@code a/NODE/FILE} and {@code b/NODE/FILE} ({@code /dev/null} for the files of a node one
   * revision does not have); "" when nothing changed}
   *
   * @param node the node's name
   * @param before its files in the old revision, or null when it is new
   * @param after its files in the new revision, or null when it is gone
   */
  public static String of(String node, @Nullable BirdConfig before, @Nullable BirdConfig after) {
    StringBuilder out = new StringBuilder();
    for (String file : BirdConfig.FILE_NAMES) {
      out.append(UnifiedDiff.of(
          before == null ? "/dev/null" : "a/" + node + "/" + file,
          before == null ? "" : before.file(file),
          after == null ? "/dev/null" : "b/" + node + "/" + file,
          after == null ? "" : after.file(file)));
    }
    return out.toString();
  }
}
