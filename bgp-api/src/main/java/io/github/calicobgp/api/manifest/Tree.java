package io.github.calicobgp.api.manifest;

import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed YAML or JSON value with its location: the common form that both parsers produce and
 * the binder reads. Aliases are already resolved (an aliased value may appear several times).
 */
sealed interface Tree {

  /** Where the value starts. */
  SourceLocation location();

  /** What a scalar resolved to, following go-yaml v2. */
  enum Kind {
    STRING,
    BOOL,
    INT,
    FLOAT,
    NULL
  }

  /**
   * A scalar.
   *
   * @param text the text as written (unquoted, unescaped)
   * @param value a {@link Boolean}, {@link BigInteger}, {@link Double} or the decoded {@link
   *     String} (only a {@code !!binary} string differs from its text); null for NULL
   */
  record Scalar(SourceLocation location, Kind kind, String text, @Nullable Object value)
      implements Tree {

    static Scalar string(SourceLocation location, String text) {
      return new Scalar(location, Kind.STRING, text, text);
    }
  }

  /** A sequence. */
  record Sequence(SourceLocation location, List<Tree> items) implements Tree {}

  /** A mapping, with its entries in input order. */
  record Mapping(SourceLocation location, List<Entry> entries) implements Tree {}

  /**
   * One mapping entry.
   *
   * @param merge whether the key is YAML's merge key {@code <<} (plain, untagged)
   */
  record Entry(Tree key, Tree value, boolean merge) {}
}
