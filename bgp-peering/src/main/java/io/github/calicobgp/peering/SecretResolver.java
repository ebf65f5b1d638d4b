package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.Secret;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where BGP passwords come from: the value of one key of a Kubernetes Secret. confd reads them
 * only when it has a Kubernetes API client; {@link #none()} stands for the etcd datastore, where
 * no password is ever set ({@code getPassword}, confd/pkg/backends/calico/client.go: no secret
 * watcher without a Kubernetes client).
 */
@FunctionalInterface
public interface SecretResolver {

  /**
   * {@return the text of {@code key} in Secret {@code secretName} of {@code namespace}, if both
   * exist}
   *
   * @param namespace the Secret's namespace
   * @param secretName the Secret's name
   * @param key the key within the Secret
   */
  Optional<String> value(String namespace, String secretName, String key);

  /**
   * {@return whether Secret {@code secretName} of {@code namespace} exists, so that analysis can
   * tell a missing Secret from a missing key} A resolver that cannot tell says it exists.
   *
   * @param namespace the Secret's namespace
   * @param secretName the Secret's name
   */
  default boolean exists(String namespace, String secretName) {
    return true;
  }

  /**
   * {@return a resolver over these Secrets; a value that is not valid base64 counts as missing}
   *
   * @param secrets the Secrets to read passwords from
   * @throws DuplicateResourceException if two Secrets have the same namespace and name
   */
  static SecretResolver of(Collection<Secret> secrets) {
    Map<SecretName, Secret> byName = new HashMap<>();
    for (Secret secret : secrets) {
      SecretName name = new SecretName(
          secret.metadata().namespaceOrEmpty(), secret.metadata().nameOrEmpty());
      Secret previous = byName.putIfAbsent(name, secret);
      if (previous != null) {
        throw new DuplicateResourceException(previous, secret);
      }
    }
    return new SecretResolver() {
      @Override
      public Optional<String> value(String namespace, String secretName, String key) {
        Secret secret = byName.get(new SecretName(namespace, secretName));
        if (secret == null) {
          return Optional.empty();
        }
        try {
          return secret.value(key);
        } catch (IllegalArgumentException badBase64) {
          return Optional.empty();
        }
      }

      @Override
      public boolean exists(String namespace, String secretName) {
        return byName.containsKey(new SecretName(namespace, secretName));
      }
    };
  }

  /** {@return a resolver that knows no Secret, like confd without a Kubernetes API client} */
  static SecretResolver none() {
    return new SecretResolver() {
      @Override
      public Optional<String> value(String namespace, String secretName, String key) {
        return Optional.empty();
      }

      @Override
      public boolean exists(String namespace, String secretName) {
        return false;
      }
    };
  }
}
