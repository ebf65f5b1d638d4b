package io.github.calicobgp.api.etcd;

import io.github.calicobgp.api.resource.Resource;
import java.util.Objects;

/** What an etcd key and value decode to: a resource, nothing (ignored), or a problem. */
public sealed interface EtcdValue
    permits EtcdValue.Decoded, EtcdValue.Ignored, EtcdValue.Undecodable {

  /**
   * The key holds a resource this library reads, and its value decodes.
   *
   * @param key the resource the key stands for
   * @param resource the decoded resource
   */
  record Decoded(EtcdKey key, Resource resource) implements EtcdValue {
    /**
     * Checks that both are present.
     *
     * @param key the resource the key stands for
     * @param resource the decoded resource
     */
    public Decoded {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(resource, "resource");
    }
  }

  /**
   * The key is not one this library reads (another kind, another part of Calico's tree): Calico's
   * BGP syncer never lists it, so it is skipped without a word.
   *
   * @param etcdKey the key
   */
  record Ignored(String etcdKey) implements EtcdValue {}

  /**
   * The key names a resource this library reads but its value does not decode (not JSON, an
   * unknown field, a value of another kind or name than its key).
   *
   * @param key the resource the key stands for
   * @param etcdKey the key
   * @param message why the value does not decode, naming the field where known
   */
  record Undecodable(EtcdKey key, String etcdKey, String message) implements EtcdValue {}
}
