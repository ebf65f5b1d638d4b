package io.github.calicobgp.peering.diagnostics;

/** How bad a {@link Finding} is, most severe first. */
public enum Severity {
  /** Something will not work: a session that cannot establish, routes that cannot flow. */
  ERROR,
  /** Something works, but not as the design most likely meant, or without redundancy. */
  WARNING,
  /** Worth knowing; often intended. */
  INFO
}
