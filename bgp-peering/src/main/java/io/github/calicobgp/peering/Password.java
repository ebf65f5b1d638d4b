package io.github.calicobgp.peering;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resolved BGP session password, or one that cannot be used (its Secret value is not text).
 * Its {@code toString()} never shows the value. Equality is the value's (and the problem's): two
 * peers configured with the same password agree, wherever it came from.
 */
public final class Password {
  private final String value;
  private final @Nullable String problem;
  private final @Nullable Origin origin;

  private Password(String value, @Nullable String problem, @Nullable Origin origin) {
    this.value = Objects.requireNonNull(value);
    this.problem = problem;
    this.origin = origin;
  }

  /**
   * A password with this (secret) value.
   *
   * @param value the password
   * @return the password, of no known origin
   */
  public static Password of(String value) {
    return new Password(value, null, null);
  }

  /**
   * A password with this value, taken from {@code origin}.
   *
   * @param value the password
   * @param origin the field that refers to it
   * @return the password
   */
  public static Password of(String value, Origin origin) {
    return new Password(value, null, origin);
  }

  /**
   * A password that is configured but cannot be used: a renderer must refuse it rather than
   * write some other password or none.
   *
   * @param problem why, naming the Secret and key (never the value)
   * @param origin the field that refers to it
   * @return the unusable password
   */
  public static Password unusable(String problem, Origin origin) {
    return new Password("", problem, origin);
  }

  /**
   * The secret value; only a renderer should need it.
   *
   * @return the value, "" when the password is unusable
   */
  public String reveal() {
    return value;
  }

  /**
   * Why the password cannot be used, or null when it can.
   *
   * @return the problem, or null
   */
  public @Nullable String problem() {
    return problem;
  }

  /**
   * The field the password was configured in, when known.
   *
   * @return the origin, or null
   */
  public @Nullable Origin origin() {
    return origin;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Password p && p.value.equals(value) && Objects.equals(p.problem, problem);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Always {@code <redacted>}, so that plans can be logged and printed safely. */
  @Override
  public String toString() {
    return "<redacted>";
  }
}
