package io.github.calicobgp.peering;

import java.util.Objects;

/** A resolved BGP session password. Its {@code toString()} never shows the value. */
public final class Password {
  private final String value;

  private Password(String value) {
    this.value = Objects.requireNonNull(value);
  }

  /**
   * {@return a password with this (secret) value}
   *
   * @param value the password's text
   */
  public static Password of(String value) {
    return new Password(value);
  }

  /** {@return the secret value; only a renderer should need it} */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Password p && p.value.equals(value);
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
