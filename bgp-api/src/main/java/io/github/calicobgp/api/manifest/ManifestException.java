package io.github.calicobgp.api.manifest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when manifests cannot be read: it lists every problem found (up to {@link
 * ReadLimits#maxProblems()}), each with its file, line and column.
 */
public final class ManifestException extends RuntimeException {

  /** What was wrong, in the order found. */
  private final List<Problem> problems;

  /**
   * An exception for {@code problems}, which must not be empty.
   *
   * @param problems what was wrong with the input, in the order found
   */
  public ManifestException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, in the order they were found} */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ManifestException needs at least one problem");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * One thing wrong with the input.
   *
   * @param location where it is
   * @param resource the resource it is in, as {@code Kind/name}, or null when not known
   * @param fieldPath the field, e.g. {@code spec.peerIP} or {@code metadata.labels[app]}, or
   *     {@code ""} when the problem is not about a field
   * @param message what is wrong
   */
  public record Problem(
      SourceLocation location, @Nullable String resource, String fieldPath, String message) {

    /**
     * Checks the required parts.
     *
     * @param location where it is
     * @param resource the resource it is in, as {@code Kind/name}, or null when not known
     * @param fieldPath the field, e.g. {@code spec.peerIP} or {@code metadata.labels[app]}, or
     *     {@code ""} when the problem is not about a field
     * @param message what is wrong
     */
    public Problem {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(fieldPath, "fieldPath");
      Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: Kind/name: field: message}, leaving out absent parts. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder().append(location).append(": ");
      if (resource != null) {
        b.append(resource).append(": ");
      }
      if (!fieldPath.isEmpty()) {
        b.append(fieldPath).append(": ");
      }
      return b.append(message).toString();
    }
  }
}
