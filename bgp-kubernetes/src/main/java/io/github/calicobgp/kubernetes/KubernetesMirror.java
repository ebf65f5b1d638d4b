package io.github.calicobgp.kubernetes;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link KubernetesSource} has delivered, object by object, so that it turns what its
 * informers hold into the events that change the listener's state into the cluster's, and
 * nothing more: an object seen again at the same {@code resourceVersion} (an informer's resync,
 * a notification that arrives after a relist already delivered it) gives no event, nor does a
 * new version that decodes to an equal resource. Not thread-safe: the source's thread owns it.
 */
final class KubernetesMirror {

  /** Told about each object that does not decode. */
  interface Problems {
    void undecodable(String key, String message);
  }

  /**
   * Where an object comes from: the informer that holds it and its key there.
   *
   * @param informer the informer's name, unique within a source
   * @param objectKey {@code namespace/name}, or {@code name} for a cluster-scoped object
   */
  record ObjectKey(String informer, String objectKey) {}

  /** An object as delivered: its version and resource, or null when it did not decode. */
  private record Held(@Nullable String resourceVersion, @Nullable ResourceKey key,
      @Nullable Resource resource) {}

  private final Map<ObjectKey, Held> held = new HashMap<>();
  private final Problems problems;

  KubernetesMirror(Problems problems) {
    this.problems = problems;
  }

  /**
   * An object is present at {@code resourceVersion}; adds the events it causes.
   *
   * @param key where it comes from
   * @param label the object's name in messages, e.g. {@code BGPPeer/peer-a}
   * @param resourceVersion its version (null when the server gives none: always decoded)
   * @param decode decodes it, called only for a version not seen before
   * @param out where the events go
   */
  void put(ObjectKey key, String label, @Nullable String resourceVersion,
      Supplier<ObjectDecoder.Result> decode, List<ResourceEvent> out) {
    Held before = held.get(key);
    if (before != null && resourceVersion != null
        && resourceVersion.equals(before.resourceVersion)) {
      return;
    }
    ObjectDecoder.Result result = decode.get();
    if (result instanceof ObjectDecoder.Decoded d) {
      ResourceKey resourceKey = ResourceKey.of(d.resource());
      held.put(key, new Held(resourceVersion, resourceKey, d.resource()));
      if (before != null && before.resource != null && !resourceKey.equals(before.key)) {
        out.add(ResourceEvent.delete(Objects.requireNonNull(before.key)));
      }
      if (before == null || !d.resource().equals(before.resource)) {
        out.add(ResourceEvent.upsert(d.resource()));
      }
    } else if (result instanceof ObjectDecoder.Undecodable u) {
      // Calico ends up without the resource: a list skips what does not convert (libcalico-go
      // lib/backend/k8s/resources/list_pager.go, "unable to process resource, skipping"), and a
      // watch sends a WatchError instead (watcher.go, convertEvent), whose restart relists.
      problems.undecodable(label, u.message());
      held.put(key, new Held(resourceVersion, before == null ? null : before.key, null));
      if (before != null && before.resource != null) {
        out.add(ResourceEvent.delete(Objects.requireNonNull(before.key)));
      }
    }
  }

  /**
   * An object is gone; adds the events it causes.
   *
   * @param key where it came from
   * @param out where the events go
   */
  void delete(ObjectKey key, List<ResourceEvent> out) {
    Held before = held.remove(key);
    if (before != null && before.resource != null) {
      out.add(ResourceEvent.delete(Objects.requireNonNull(before.key)));
    }
  }

  /**
   * Every object of {@code informer} whose key is not in {@code present} is gone; adds the
   * deletes.
   *
   * @param informer the informer
   * @param present the keys it holds now
   * @param out where the events go
   */
  void retain(String informer, Set<String> present, List<ResourceEvent> out) {
    for (Iterator<Map.Entry<ObjectKey, Held>> it = held.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<ObjectKey, Held> e = it.next();
      if (e.getKey().informer().equals(informer) && !present.contains(e.getKey().objectKey())) {
        it.remove();
        if (e.getValue().resource != null) {
          out.add(ResourceEvent.delete(Objects.requireNonNull(e.getValue().key)));
        }
      }
    }
  }

  /** {@return how many objects hold a delivered resource} */
  int resources() {
    int n = 0;
    for (Held h : held.values()) {
      n += h.resource == null ? 0 : 1;
    }
    return n;
  }
}
