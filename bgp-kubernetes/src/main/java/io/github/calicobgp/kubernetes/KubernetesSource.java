package io.github.calicobgp.kubernetes;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.github.calicobgp.api.manifest.ReadOptions;
import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.resource.SecretKeySelector;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import io.github.calicobgp.peering.live.SourceThread;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ResourceSource} over Calico's Kubernetes datastore (KDD), reading what confd reads
 * there, with fabric8 informers (list, then watch; relists and reconnects are the informers'):
 *
 * <ul>
 *   <li>v1 Nodes, each becoming the Calico Node Calico makes of it ({@code
 *       libcalico-go/lib/backend/k8s/resources/node.go}, {@code K8sNodeToCalico});
 *   <li>the {@code crd.projectcalico.org/v1} kinds confd's BGP syncer watches ({@code
 *       libcalico-go/lib/backend/syncersv1/bgpsyncer/bgpsyncer.go}): IPPool, BGPConfiguration,
 *       BGPPeer, BGPFilter, and BlockAffinity unless {@link KubernetesSettings#usePodCIDR()};
 *   <li>the Secrets BGPPeers take passwords from, one informer per Secret name in {@link
 *       KubernetesSettings#secretNamespace()}, started when a BGPPeer first refers to it and
 *       stopped when none does, as confd's secret watcher does ({@code
 *       confd/pkg/backends/calico/secret_watcher.go}); that needs only {@code get}, {@code list}
 *       and {@code watch} on those Secrets, which is what Calico's documentation grants;
 *   <li>all Services and EndpointSlices, once the default BGPConfiguration lists service
 *       addresses to advertise (or from the start with {@link
 *       KubernetesSettings#alwaysWatchServices()}), as confd's route generator does ({@code
 *       confd/pkg/backends/calico/routes.go}). confd only starts it when the addresses are set
 *       when it starts, and restarts when they change; here the watch starts when they appear
 *       and stays;
 *   <li>all Pods, each becoming the WorkloadEndpoint Calico derives from it (none for a
 *       host-networked Pod), while some BGPPeer has a {@code localWorkloadSelector}: confd learns
 *       its node's matching workloads from Felix, which watches every Pod (see {@code
 *       followPods}). A Pod whose conversion fails is reported and skipped, as Calico's list
 *       skips it.
 * </ul>
 *
 * <p>One object may be several resources: under {@link KubernetesSettings#usePodCIDR()} a Node
 * is the Calico Node and one BlockAffinity per pod CIDR ({@code
 * libcalico-go/lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go}); a pod CIDR removed
 * from the Node deletes its affinity, and a Node deleted deletes them all.
 *
 * <p>Where Calico's v3 CRDs are installed instead ({@code projectcalico.org/v3} custom
 * resources, chosen by {@code CALICO_API_GROUP} or found by asking the server, as libcalico-go
 * does), the same kinds are read from there.
 *
 * <p>The informers' notifications are only a hint of which object changed: the source's own
 * thread looks the object up in its informer's store and delivers what differs from what it
 * delivered before ({@link KubernetesMirror}), so resyncs, relists and late notifications give
 * no spurious events. Batches hold at most {@link KubernetesSettings#maxBatch()} events.
 * "In sync" is said once every informer has listed (a password Secret that cannot be listed,
 * e.g. for want of permission, is given up on with a warning, as confd goes on without it; a
 * kind the server does not serve is read as empty, as Calico's list does). It is said once:
 * the informers relist on their own, and what a relist changes arrives as ordinary events.
 * An object that does not decode (an invalid custom resource) is reported to {@link
 * SourceListener#undecodable} with its key, logged, and treated as absent, as Calico's
 * conversion drops it; the rest of the stream goes on.
 *
 * <p>When the API server goes away, nothing is delivered and nothing is forgotten: each
 * informer keeps its objects and tries again after {@link KubernetesSettings#reconnectInterval()},
 * doubling up to 32 times as long, without end; the source asks the server whether it answers and
 * reports {@link ConnectionState#DISCONNECTED} with the reason ({@link #lastError()}). When it is
 * back, a watch from a resource version it no longer has is refused with 410 Gone (a restarted
 * API server's watch cache starts anew) and the informer lists again; what the new list differs
 * by arrives as ordinary events, objects deleted meanwhile among them, so a listener never sees
 * the cluster emptied and refilled. (Tested against fabric8's mock API server, restarted on the
 * same port over the same store; no real API server can be run here.)
 *
 * <p>The listener is called from one thread, the source's own.
 */
public final class KubernetesSource implements ResourceSource {

  private static final Logger LOG = LoggerFactory.getLogger(KubernetesSource.class);

  private final DatastoreConfig config;
  private final KubernetesSettings settings;
  private final KubernetesClient client;
  private final ObjectDecoder decoder;
  private final BlockingQueue<Signal> queue = new LinkedBlockingQueue<>();
  private final List<Watched> watched = new CopyOnWriteArrayList<>();
  private volatile boolean closed;
  private volatile @Nullable String lastError;
  private final SourceThread worker = new SourceThread("kubernetes-source");
  /** Whether a probe of the server is under way (see {@link #checkConnection}). */
  private final AtomicBoolean probing = new AtomicBoolean();

  // Only the source's thread uses these.
  private @Nullable ConnectionState reported;
  private boolean inSync;
  private boolean servicesWatched;
  private final Map<ResourceKey, String> peerSecrets = new HashMap<>();
  private final Map<String, Watched> secretWatches = new LinkedHashMap<>();
  private final Set<ResourceKey> workloadPeers = new HashSet<>();
  private @Nullable Watched podWatch;

  /**
   * A source over the API server {@code config} names, with calico-node's default settings.
   *
   * @param config the datastore; its kubeconfig, or the client's defaults
   * @throws IllegalArgumentException when the kubeconfig cannot be read
   */
  public KubernetesSource(DatastoreConfig config) {
    this(config, KubernetesSettings.defaults());
  }

  /**
   * A source over the API server {@code config} names.
   *
   * @param config the datastore; its kubeconfig, or the client's defaults
   * @param settings the secret namespace, pod CIDRs, batches
   * @throws IllegalArgumentException when the kubeconfig cannot be read
   */
  public KubernetesSource(DatastoreConfig config, KubernetesSettings settings) {
    this(config, settings, KubernetesClients.build(config, settings));
  }

  /**
   * A source over the API server {@code client} talks to; the source closes the client.
   *
   * @param config the datastore, for descriptions
   * @param settings the secret namespace, pod CIDRs, batches
   * @param client the client
   */
  public KubernetesSource(DatastoreConfig config, KubernetesSettings settings,
      KubernetesClient client) {
    this.config = Objects.requireNonNull(config, "config");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = Objects.requireNonNull(client, "client");
    this.decoder = new ObjectDecoder(client.getKubernetesSerialization(),
        ReadOptions.DEFAULT.withUsePodCIDR(settings.usePodCIDR()));
  }

  @Override
  public void start(SourceListener listener) {
    Objects.requireNonNull(listener, "listener");
    worker.start(() -> run(listener));
  }

  @Override
  public String description() {
    String server;
    try {
      server = String.valueOf(client.getMasterUrl()).replaceAll("/$", "");
    } catch (RuntimeException e) {
      server = "?";
    }
    return "kubernetes " + server;
  }

  @Override
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  @Override
  public void close() {
    closed = true;
    worker.stop();
    stopAll();
    client.close();
  }

  /** What the informers (and the probe of the server) tell the source's thread. */
  private sealed interface Signal permits Changed, Synced, Failed, Probed {}

  /** An object of {@code watch} may have changed. */
  private record Changed(Watched watch, String key) implements Signal {}

  /** {@code watch} has listed. */
  private record Synced(Watched watch) implements Signal {}

  /** {@code watch} failed to list or watch; it retries. */
  private record Failed(Watched watch, Throwable error) implements Signal {}

  /** The server was asked whether it answers: {@code error} is why not, null when it does. */
  private record Probed(@Nullable String error) implements Signal {}

  /** One informer. */
  private static final class Watched {
    final String name;
    final String kind;
    final SharedIndexInformer<? extends HasMetadata> informer;
    /** A password Secret: not listing it does not hold "in sync" back. */
    final boolean optional;
    boolean synced;
    volatile boolean active = true;

    Watched(String name, String kind, SharedIndexInformer<? extends HasMetadata> informer,
        boolean optional) {
      this.name = name;
      this.kind = kind;
      this.informer = informer;
      this.optional = optional;
    }
  }

  private void run(SourceListener listener) {
    KubernetesMirror mirror = new KubernetesMirror((key, message) -> {
      LOG.warn("{}: does not decode, treated as absent: {}", key, message);
      listener.undecodable(key, message);
    });
    report(listener, ConnectionState.CONNECTING);
    try {
      boolean v3 = usesV3Crds(listener);
      for (CalicoCustomResource crd : CalicoCustomResource.values()) {
        if (crd != CalicoCustomResource.BLOCK_AFFINITY || !settings.usePodCIDR()) {
          watch(crd.kind().kind(), crd.kind().kind(),
              client.genericKubernetesResources(crd.context(v3)), false);
        }
      }
      watch("Node", "Node", client.nodes(), false);
      if (settings.alwaysWatchServices()) {
        watchServices();
      }
      List<ResourceEvent> batch = new ArrayList<>();
      long checkEvery = settings.connectionCheck().toNanos();
      long nextCheck = System.nanoTime() + checkEvery;
      while (!closed) {
        long wait = Math.max(0, nextCheck - System.nanoTime());
        Signal signal = queue.poll(wait, TimeUnit.NANOSECONDS);
        if (System.nanoTime() - nextCheck >= 0) {
          // Checked on time even while events keep coming.
          checkConnection(listener);
          nextCheck = System.nanoTime() + checkEvery;
        }
        if (signal == null) {
          continue;
        }
        while (signal != null) {
          handle(signal, mirror, listener, batch);
          if (batch.size() >= settings.maxBatch()) {
            follow(batch, mirror);
            deliver(listener, batch);
            batch = new ArrayList<>();
          }
          signal = queue.poll();
        }
        follow(batch, mirror);
        if (!batch.isEmpty()) {
          deliver(listener, batch);
          batch = new ArrayList<>();
        }
        if (!inSync && watched.stream().allMatch(w -> w.synced)) {
          inSync = true;
          LOG.debug("{}: in sync, {} resources", description(), mirror.resources());
          listener.inSync();
          checkConnection(listener);
        }
      }
    } catch (InterruptedException e) {
      // closed
    } catch (RuntimeException e) {
      if (!closed) {
        LOG.error("{}: the source stopped", description(), e);
      }
    }
    stopAll();
    report(listener, ConnectionState.CLOSED);
  }

  /**
   * Whether Calico's custom resources are {@code projectcalico.org/v3} CRDs, as libcalico-go's
   * {@code UsingV3CRDs} decides ({@code libcalico-go/lib/backend/k8s/discovery.go}): {@code
   * CALICO_API_GROUP} when set, else when the server serves {@code projectcalico.org} but not
   * {@code crd.projectcalico.org} (both: the v3 API is Calico's API server over the v1 CRDs);
   * {@code crd.projectcalico.org/v1} when the server cannot be asked. A server that cannot be
   * reached is reported at once (a command reading the cluster once stops there); the informers
   * then keep trying it.
   */
  private boolean usesV3Crds(SourceListener listener) {
    String explicit = settings.apiGroup();
    if (explicit != null) {
      return explicit.equalsIgnoreCase(CalicoCustomResource.V3_GROUP + "/v3");
    }
    try {
      boolean v3 = false;
      boolean v1 = false;
      for (APIGroup group : client.getApiGroups().getGroups()) {
        v3 |= CalicoCustomResource.V3_GROUP.equals(group.getName());
        v1 |= CalicoCustomResource.GROUP.equals(group.getName());
      }
      LOG.info("{}: API groups: {} {}, {} {}", description(), CalicoCustomResource.V3_GROUP, v3,
          CalicoCustomResource.GROUP, v1);
      return v3 && !v1;
    } catch (RuntimeException e) {
      LOG.warn("{}: cannot list the API groups ({}); reading {}/v1", description(), reason(e),
          CalicoCustomResource.GROUP);
      if (!answered(e)) {
        lastError = reason(e);
        report(listener, ConnectionState.DISCONNECTED);
      }
      return false;
    }
  }

  private void handle(Signal signal, KubernetesMirror mirror, SourceListener listener,
      List<ResourceEvent> batch) {
    if (signal instanceof Changed c) {
      if (c.watch.active && c.watch.synced) {
        changed(c.watch, c.key, mirror, batch);
      }
    } else if (signal instanceof Synced s) {
      if (s.watch.active && !s.watch.synced) {
        s.watch.synced = true;
        Set<String> keys = new HashSet<>(s.watch.informer.getStore().listKeys());
        for (String key : keys) {
          changed(s.watch, key, mirror, batch);
        }
        mirror.retain(s.watch.name, keys, batch);
        LOG.debug("{}: {} listed, {} objects", description(), s.watch.name, keys.size());
      }
    } else if (signal instanceof Probed p) {
      if (p.error != null && !closed && inSync
          && !watched.stream().allMatch(w -> w.optional || w.informer.isWatching())) {
        failure(listener, p.error, "the informers retry");
      }
    } else if (signal instanceof Failed f) {
      if (!f.watch.active || closed) {
        return;
      }
      String reason = reason(f.error);
      if (f.watch.optional) {
        if (!f.watch.synced) {
          // confd's secret watcher waits at most 0.5 s and goes on without the Secret.
          f.watch.synced = true;
          LOG.warn("{}: {}: {}; going on without it", description(), f.watch.name, reason);
        }
        return;
      }
      if (!f.watch.synced && notFound(f.error)) {
        // A cluster whose Calico predates a kind (no bgpfilters CRD, say): Calico's list takes
        // "not found" for an empty list (libcalico-go lib/backend/k8s/resources/customresource.go,
        // List). The informer keeps trying, and delivers the kind if it appears.
        f.watch.synced = true;
        LOG.warn("{}: {}: not served ({}); read as empty", description(), f.watch.name, reason);
        return;
      }
      failure(listener, f.watch.name + ": " + reason, "the informer retries");
    }
  }

  /** Delivers what differs between {@code watch}'s object at {@code key} and what was delivered. */
  private void changed(Watched watch, String key, KubernetesMirror mirror,
      List<ResourceEvent> batch) {
    KubernetesMirror.ObjectKey at = new KubernetesMirror.ObjectKey(watch.name, key);
    HasMetadata object = watch.informer.getStore().getByKey(key);
    if (object == null) {
      mirror.delete(at, batch);
      return;
    }
    String label = watch.kind + "/" + key;
    mirror.put(at, label, object.getMetadata().getResourceVersion(),
        () -> decoder.decode(object, label), batch);
  }

  /**
   * Follows what the batch changed in the references: the Secrets BGPPeers name, the default
   * BGPConfiguration's service addresses. Deletes of the Secrets no longer watched join it.
   */
  private void follow(List<ResourceEvent> batch, KubernetesMirror mirror) {
    boolean peersChanged = false;
    for (ResourceEvent event : batch) {
      ResourceKey key = event.key();
      if (key.kind() == ResourceKind.BGP_PEER) {
        peersChanged = true;
        BGPPeer peer = event instanceof ResourceEvent.Upsert u ? (BGPPeer) u.resource() : null;
        String secret = peer == null ? null : secretOf(peer);
        String workloads = peer == null ? null : peer.spec().localWorkloadSelector();
        if (workloads != null && !workloads.isEmpty()) {
          workloadPeers.add(key);
        } else {
          workloadPeers.remove(key);
        }
        if (secret == null) {
          peerSecrets.remove(key);
        } else {
          peerSecrets.put(key, secret);
        }
      } else if (key.kind() == ResourceKind.BGP_CONFIGURATION && key.name().equals("default")
          && event instanceof ResourceEvent.Upsert u && !servicesWatched
          && advertisesServices((BGPConfiguration) u.resource())) {
        watchServices();
      }
    }
    if (!peersChanged) {
      return;
    }
    followPods(batch, mirror);
    Set<String> wanted = new HashSet<>(peerSecrets.values());
    for (String name : List.copyOf(secretWatches.keySet())) {
      if (!wanted.contains(name)) {
        Watched w = secretWatches.remove(name);
        stop(w);
        mirror.retain(w.name, Set.of(), batch);
      }
    }
    for (String name : wanted) {
      if (!secretWatches.containsKey(name)) {
        String ns = settings.secretNamespace();
        secretWatches.put(name, watch("Secret " + ns + "/" + name, "Secret",
            client.secrets().inNamespace(ns).withName(name), true));
      }
    }
  }

  /**
   * Watches all Pods while some BGPPeer has a {@code localWorkloadSelector}, and none otherwise:
   * without such a peer no WorkloadEndpoint changes a plan. confd itself watches no Pods: Felix,
   * whose syncer watches every WorkloadEndpoint (on KDD, every Pod:
   * {@code libcalico-go/lib/backend/syncersv1/felixsyncer/felixsyncerv1.go}), matches its own
   * node's endpoints against those peers ({@code felix/calc/active_bpgpeer_calculator.go}) and
   * writes one status file per endpoint, which confd's {@code LocalBGPPeerWatcher} reads
   * ({@code confd/pkg/backends/calico/local_bgp_peer_watcher.go}). A source serves every node,
   * so it watches the Pods of every node; a Pod that stops being watched takes its
   * WorkloadEndpoint with it.
   */
  private void followPods(List<ResourceEvent> batch, KubernetesMirror mirror) {
    if (!workloadPeers.isEmpty() && podWatch == null) {
      podWatch = watch("Pod", "Pod", client.pods().inAnyNamespace(), false);
    } else if (workloadPeers.isEmpty() && podWatch != null) {
      Watched w = podWatch;
      podWatch = null;
      stop(w);
      mirror.retain(w.name, Set.of(), batch);
    }
  }

  private static @Nullable String secretOf(BGPPeer peer) {
    BGPPassword password = peer.spec().password();
    SecretKeySelector ref = password == null ? null : password.secretKeyRef();
    return ref == null || ref.name() == null || ref.name().isEmpty() ? null : ref.name();
  }

  /** confd starts its route generator when any of the three lists is not empty. */
  private static boolean advertisesServices(BGPConfiguration config) {
    return !config.spec().serviceClusterIPs().isEmpty()
        || !config.spec().serviceExternalIPs().isEmpty()
        || !config.spec().serviceLoadBalancerIPs().isEmpty();
  }

  private void watchServices() {
    servicesWatched = true;
    watch("Service", "Service", client.services().inAnyNamespace(), false);
    watch("EndpointSlice", "EndpointSlice",
        client.discovery().v1().endpointSlices().inAnyNamespace(), false);
  }

  private <T extends HasMetadata> Watched watch(String name, String kind, Informable<T> source,
      boolean optional) {
    SharedIndexInformer<T> informer = source.runnableInformer(0);
    Watched w = new Watched(name, kind, informer, optional);
    informer.addEventHandler(new ResourceEventHandler<T>() {
      @Override
      public void onAdd(T object) {
        queue.offer(new Changed(w, Cache.metaNamespaceKeyFunc(object)));
      }

      @Override
      public void onUpdate(T before, T after) {
        queue.offer(new Changed(w, Cache.metaNamespaceKeyFunc(after)));
      }

      @Override
      public void onDelete(T object, boolean finalStateUnknown) {
        queue.offer(new Changed(w, Cache.metaNamespaceKeyFunc(object)));
      }
    });
    // Keep trying, even before the first list: an API server that is down at start comes back.
    informer.exceptionHandler((started, error) -> {
      queue.offer(new Failed(w, error));
      return !closed;
    });
    watched.add(w);
    informer.start().whenComplete((ok, error) ->
        queue.offer(error == null ? new Synced(w) : new Failed(w, error)));
    return w;
  }

  private void stop(Watched w) {
    w.active = false;
    watched.remove(w);
    try {
      w.informer.stop();
    } catch (RuntimeException e) {
      LOG.debug("{}: stopping {}: {}", description(), w.name, e.toString());
    }
  }

  private void stopAll() {
    for (Watched w : watched) {
      stop(w);
    }
  }

  /**
   * CONNECTED once every informer watches. An informer that does not is either restarting its
   * watch (the server ends each one after a while) or cannot reach the server, and fabric8 does
   * not say which: its watch retries on its own, telling no one why it failed. So the server is
   * asked, off this thread, and DISCONNECTED is reported with the reason it gives (see {@link
   * Probed}) only when it does not answer.
   */
  private void checkConnection(SourceListener listener) {
    if (!inSync || closed) {
      return;
    }
    boolean watching = watched.stream().allMatch(w -> w.optional || w.informer.isWatching());
    if (watching) {
      report(listener, ConnectionState.CONNECTED);
    } else if (probing.compareAndSet(false, true)) {
      Thread probe = new Thread(() -> {
        try {
          client.getApiGroups();
          queue.offer(new Probed(null));
        } catch (RuntimeException e) {
          queue.offer(new Probed(answered(e) ? null : reason(e)));
        } finally {
          probing.set(false);
        }
      }, "kubernetes-source-probe");
      probe.setDaemon(true);
      probe.start();
    }
  }

  /** Reports DISCONNECTED for {@code error}; logs it once, not at every retry. */
  private void failure(SourceListener listener, String error, String next) {
    if (error.equals(lastError)) {
      LOG.debug("{}: {}; {}", description(), error, next);
    } else {
      LOG.warn("{}: {}; {}", description(), error, next);
    }
    lastError = error;
    report(listener, ConnectionState.DISCONNECTED);
  }

  /** Whether {@code e} is an answer of the server (an HTTP status), not a failure to reach it. */
  private static boolean answered(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KubernetesClientException k && k.getCode() > 0) {
        return true;
      }
    }
    return false;
  }

  private void deliver(SourceListener listener, List<ResourceEvent> batch) {
    try {
      listener.events(batch);
    } catch (RuntimeException e) {
      LOG.error("{}: the listener failed on a batch of {} events", description(), batch.size(), e);
    }
  }

  private void report(SourceListener listener, ConnectionState state) {
    if (state != reported) {
      reported = state;
      LOG.info("{}: {}", description(), state);
      listener.connection(state);
    }
  }

  private static boolean notFound(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KubernetesClientException k && k.getCode() == 404) {
        return true;
      }
    }
    return false;
  }

  /**
   * The messages of {@code e} and its causes, for a line of text. Wrappers that say nothing
   * (no message, fabric8's "An error has occurred.") are left out; a connection the JDK's HTTP client could not open
   * (refused, no route) is "cannot connect", as the client keeps only a ConnectException without
   * a message over a ClosedChannelException.
   */
  static String reason(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
      if (t instanceof CompletionException && t.getCause() != null) {
        continue;
      }
      if (t instanceof ConnectException && t.getMessage() == null) {
        parts.add("cannot connect");
        break;
      }
      if (t.getCause() != null && (t.getMessage() == null
          || t instanceof KubernetesClientException && "An error has occurred.".equals(t.getMessage()))) {
        continue;
      }
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (parts.stream().noneMatch(p -> p.contains(message))) {
        parts.add(message);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return String.join(": ", parts);
  }
}
