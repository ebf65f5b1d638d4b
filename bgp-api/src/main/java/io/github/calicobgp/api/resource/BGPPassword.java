package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/** A BGP session password, taken from a Secret. */
public record BGPPassword(@Valid @Nullable SecretKeySelector secretKeyRef) {

  /** A password read from {@code key} of Secret {@code secretName}. */
  public static BGPPassword fromSecret(String secretName, String key) {
    return new BGPPassword(SecretKeySelector.of(secretName, key));
  }
}
