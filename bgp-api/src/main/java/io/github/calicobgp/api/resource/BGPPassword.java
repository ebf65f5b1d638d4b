package io.github.calicobgp.api.resource;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/** A BGP session password, taken from a Secret. */
public record BGPPassword(@Valid @Nullable SecretKeySelector secretKeyRef) {

  /**
   * {@return a password read from {@code key} of Secret {@code secretName}}
   *
   * @param secretName the Secret's name, in calico-node's namespace
   * @param key the key of the Secret's data that holds the password
   */
  public static BGPPassword fromSecret(String secretName, String key) {
    return new BGPPassword(SecretKeySelector.of(secretName, key));
  }
}
