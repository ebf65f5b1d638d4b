package io.github.calicobgp.kubernetes;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * An object as delivered: its version and the resources it decoded to, by key (none when it
   * did not decode).
   */
  private record Held(@Nullable String resourceVersion, Map<ResourceKey, Resource> resources) {}

  private final Map<ObjectKey, Held> held = new HashMap<>();
  private final Problems problems;

  KubernetesMirror(Problems problems) {
    this.problems = problems;
  }

  /**
   * An object is present at {@code resourceVersion}; adds the events it causes. One object may
   * be several resources (a Node and its pod CIDRs' BlockAffinities): a resource it no longer
   * decodes to is deleted, as Calico's {@code nodeCIDRTracker} deletes the affinity of a pod
   * CIDR removed from its Node ({@code libcalico-go/lib/backend/syncersv1/updateprocessors/
   * bgpnodeprocessor.go}).
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
    Map<ResourceKey, Resource> old = before == null ? Map.of() : before.resources;
    ObjectDecoder.Result result = decode.get();
    Map<ResourceKey, Resource> now = new LinkedHashMap<>();
    if (result instanceof ObjectDecoder.Decoded d) {
      for (Resource r : d.resources()) {
        now.put(ResourceKey.of(r), r);
      }
    } else if (result instanceof ObjectDecoder.Undecodable u) {
      // Calico ends up without the resource: a list skips what does not convert (libcalico-go
      // lib/backend/k8s/resources/list_pager.go, "unable to process resource, skipping"), and a
      // watch sends a WatchError instead (watcher.go, convertEvent), whose restart relists.
      problems.undecodable(label, u.message());
    }
    held.put(key, new Held(resourceVersion, now.isEmpty() ? Map.of() : now));
    deleteAll(old, now.keySet(), out);
    for (Resource r : now.values()) {
      if (!r.equals(old.get(ResourceKey.of(r)))) {
        out.add(ResourceEvent.upsert(r));
      }
    }
  }

  /**
   * An object is gone; adds the deletes of every resource it was.
   *
   * @param key where it came from
   * @param out where the events go
   */
  void delete(ObjectKey key, List<ResourceEvent> out) {
    Held before = held.remove(key);
    if (before != null) {
      deleteAll(before.resources, Set.of(), out);
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
        deleteAll(e.getValue().resources, Set.of(), out);
      }
    }
  }

  private static void deleteAll(Map<ResourceKey, Resource> resources, Set<ResourceKey> kept,
      List<ResourceEvent> out) {
    for (ResourceKey k : resources.keySet()) {
      if (!kept.contains(k)) {
        out.add(ResourceEvent.delete(k));
      }
    }
  }

  /** {@return how many resources have been delivered and not deleted} */
  int resources() {
    int n = 0;
    for (Held h : held.values()) {
      n += h.resources.size();
    }
    return n;
  }
}
