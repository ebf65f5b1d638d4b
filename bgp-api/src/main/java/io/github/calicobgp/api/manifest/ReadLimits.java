package io.github.calicobgp.api.manifest;

/**
 * Bounds that keep hostile input (huge files, alias bombs, deep nesting) from exhausting memory
 * or the stack. Exceeding one is reported as a problem of the input, like any other.
 *
 * @param maxSourceBytes the largest file or stream read, in bytes (characters for text given as
 *     a string)
 * @param maxDocumentCodePoints the largest single YAML document or JSON text, in code points
 * @param maxDepth the deepest nesting of mappings and lists
 * @param maxAliasExpansion how many nodes YAML aliases may add to one document when they are
 *     expanded (a "billion laughs" document adds billions)
 * @param maxProblems how many problems are collected before reading stops
 */
public record ReadLimits(
    long maxSourceBytes,
    int maxDocumentCodePoints,
    int maxDepth,
    int maxAliasExpansion,
    int maxProblems) {

  /**
   * 512 MiB per source, 256 Mi code points per document, 1000 levels, 100,000 aliased nodes and
   * 100 problems: above any real cluster's manifests, including {@code kubectl get nodes -o
   * json} of a large cluster, which is one document of about 8 KB per node (status, images and
   * {@code managedFields}).
   */
  public static final ReadLimits DEFAULT =
      new ReadLimits(512L << 20, 256 << 20, 1000, 100_000, 100);

  /**
   * Checks that every limit is positive (the alias expansion may be 0: no aliases at all).
   *
   * @param maxSourceBytes the largest file or stream read, in bytes (characters for text given as a
   *     string)
   * @param maxDocumentCodePoints the largest single YAML document or JSON text, in code points
   * @param maxDepth the deepest nesting of mappings and lists
   * @param maxAliasExpansion how many nodes YAML aliases may add to one document when they are
   *     expanded (a "billion laughs" document adds billions)
   * @param maxProblems how many problems are collected before reading stops
   */
  public ReadLimits {
    if (maxSourceBytes <= 0
        || maxDocumentCodePoints <= 0
        || maxDepth <= 0
        || maxAliasExpansion < 0
        || maxProblems <= 0) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
  }
}
