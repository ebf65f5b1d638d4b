package io.github.calicobgp.cli;

/** How {@code peers} and {@code sessions} print their results. */
enum OutputFormat {
  /** Aligned columns for people. */
  TABLE,
  /** A JSON document for programs. */
  JSON,
  /** A YAML document for programs and people. */
  YAML
}
