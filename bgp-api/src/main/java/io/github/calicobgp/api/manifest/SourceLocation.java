package io.github.calicobgp.api.manifest;

import java.util.Objects;

/**
 * A position in a manifest, for messages.
 *
 * @param file the file name as given to the reader ({@code -} for standard input)
 * @param line the line, counting from 1; 0 for an object that was not read from text (see
 *     {@link Manifests#readTree}), whose location is then {@code file} alone
 * @param column the column, counting from 1 (in code points for YAML, in UTF-16 characters for
 *     JSON)
 */
public record SourceLocation(String file, int line, int column) {

  /**
   * Checks that the file name is present.
   *
   * @param file the file name as given to the reader ({@code -} for standard input)
   * @param line the line, counting from 1
   * @param column the column, counting from 1 (in code points for YAML, in UTF-16 characters for
   *     JSON)
   */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  /**
   * {@code file:line:column}, the way compilers print positions; just {@code file} for line 0.
   */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
