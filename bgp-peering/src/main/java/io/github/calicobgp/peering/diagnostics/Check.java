package io.github.calicobgp.peering.diagnostics;

import java.util.List;

/** One group of related checks over a cluster. */
interface Check {

  /** Adds what this check finds in {@code view} to {@code findings}, in a fixed order. */
  void run(ClusterView view, List<Finding> findings);
}
