package io.github.calicobgp.etcd;

import io.github.calicobgp.api.etcd.EtcdKey;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.etcd.EtcdValue;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a source has delivered so far, key by key, so that it can turn etcd's puts, deletes and
 * relists into the events that change the listener's state into etcd's, and nothing more: a put
 * of an unchanged value, or a relist that finds what was already delivered, gives no event.
 * Not thread-safe: one source thread owns it.
 */
final class EtcdMirror {

  /** Told about each value that does not decode. */
  interface Problems {
    void undecodable(String etcdKey, String message);
  }

  /** A key as delivered: its revision and the resource, or null when its value did not decode. */
  private record Held(long modRevision, ResourceKey key, @Nullable Resource resource) {}

  private final Map<String, Held> held = new HashMap<>();
  private final Problems problems;
  private @Nullable Set<String> seen;

  EtcdMirror(Problems problems) {
    this.problems = problems;
  }

  /** How many keys hold a delivered resource. */
  int resources() {
    int n = 0;
    for (Held h : held.values()) {
      n += h.resource == null ? 0 : 1;
    }
    return n;
  }

  /** A key was put with {@code value} at {@code modRevision}; adds the events it causes. */
  void put(String etcdKey, byte[] value, long modRevision, List<ResourceEvent> out) {
    if (seen != null) {
      seen.add(etcdKey);
    }
    Held before = held.get(etcdKey);
    if (before != null && before.modRevision == modRevision) {
      return; // a relist finding what the watch delivered
    }
    EtcdValue decoded = EtcdLayout.decode(etcdKey, value);
    if (decoded instanceof EtcdValue.Decoded d) {
      held.put(etcdKey, new Held(modRevision, key(d.key()), d.resource()));
      if (before == null || !d.resource().equals(before.resource)) {
        out.add(ResourceEvent.upsert(d.resource()));
      }
    } else if (decoded instanceof EtcdValue.Undecodable u) {
      // Calico ends up without the resource: its list skips the value (etcdv3/conversion.go,
      // convertListResponse) and a watch error makes it relist (watchersyncer/watchercache.go).
      problems.undecodable(etcdKey, u.message());
      held.put(etcdKey, new Held(modRevision, key(u.key()), null));
      if (before != null && before.resource != null) {
        out.add(ResourceEvent.delete(before.key));
      }
    }
  }

  /** A key was deleted; adds the events it causes. */
  void delete(String etcdKey, List<ResourceEvent> out) {
    Held before = held.remove(etcdKey);
    if (before != null && before.resource != null) {
      out.add(ResourceEvent.delete(before.key));
    }
  }

  /** Starts a relist: the keys put from now on are the whole datastore. */
  void beginRelist() {
    seen = new HashSet<>();
  }

  /** Ends a relist: every key it did not find was deleted meanwhile; adds those deletes. */
  void endRelist(List<ResourceEvent> out) {
    Set<String> found = seen;
    seen = null;
    if (found == null) {
      return;
    }
    for (Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Held> e = it.next();
      if (!found.contains(e.getKey())) {
        it.remove();
        if (e.getValue().resource != null) {
          out.add(ResourceEvent.delete(e.getValue().key));
        }
      }
    }
  }

  private static ResourceKey key(EtcdKey key) {
    return new ResourceKey(key.kind(), key.namespace(), key.name());
  }
}
