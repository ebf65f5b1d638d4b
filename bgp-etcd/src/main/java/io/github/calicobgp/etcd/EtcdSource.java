package io.github.calicobgp.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.Watch;
import io.etcd.jetcd.common.exception.CompactedException;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchEvent;
import io.etcd.jetcd.watch.WatchResponse;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import io.github.calicobgp.peering.live.SourceThread;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ResourceSource} over Calico's etcdv3 datastore, following what Calico's watcher
 * cache does ({@code libcalico-go/lib/backend/watchersyncer/watchercache.go}): list {@code
 * /calico/} at one revision (in pages), deliver it as one batch and say "in sync", then watch
 * from the next revision.
 *
 * <ul>
 *   <li>Watch responses are coalesced into batches of at most {@link EtcdSettings#maxBatch()}
 *       events; at most {@link EtcdSettings#maxQueuedResponses()} responses wait, after which the
 *       watch stream is held back. A burst of puts thus costs bounded memory.
 *   <li>When the watch revision has been compacted, the source lists again and delivers only the
 *       difference from what it delivered before (keys whose revision did not change are not even
 *       decoded again), in one batch, then says "in sync" again: a consumer never sees the
 *       cluster emptied and refilled.
 *   <li>When etcd goes away (a request fails, or an idle watch's probe gets no answer), the
 *       source reports {@link ConnectionState#DISCONNECTED} and retries with exponential backoff,
 *       resuming the watch where it stopped (or relisting, when that revision is gone).
 *   <li>Keys of kinds it does not read are skipped; a value that does not decode is reported to
 *       {@link SourceListener#undecodable}, logged with its key, and its resource is deleted if
 *       it had been delivered, as Calico ends up without it ({@link EtcdMirror}).
 * </ul>
 *
 * <p>The listener is called from one thread, the source's own.
 */
public final class EtcdSource implements ResourceSource {

  private static final Logger LOG = LoggerFactory.getLogger(EtcdSource.class);

  private static final Object COMPLETED = new Object();

  private final DatastoreConfig config;
  private final EtcdSettings settings;
  private final String prefix;
  private final Client client;
  private volatile boolean closed;
  private final SourceThread worker = new SourceThread("etcd-source");
  private @Nullable ConnectionState reported;
  private volatile @Nullable String lastError;
  /** The last revision whose events were delivered; only the source's thread uses it. */
  private long revision;

  /**
   * A source over the etcd {@code config} describes, with the default settings.
   *
   * @param config endpoints, TLS files and user
   * @throws IllegalArgumentException when the configuration is unusable (see {@link
   *     EtcdClients#build})
   */
  public EtcdSource(DatastoreConfig config) {
    this(config, EtcdSettings.defaults());
  }

  /**
   * A source over the etcd {@code config} describes.
   *
   * @param config endpoints, TLS files and user
   * @param settings paging, batching and retries
   * @throws IllegalArgumentException when the configuration is unusable (see {@link
   *     EtcdClients#build})
   */
  public EtcdSource(DatastoreConfig config, EtcdSettings settings) {
    this.config = Objects.requireNonNull(config, "config");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.prefix = EtcdLayout.PREFIX;
    this.client = EtcdClients.build(config);
  }

  @Override
  public void start(SourceListener listener) {
    Objects.requireNonNull(listener, "listener");
    worker.start(() -> run(listener));
  }


  /** {@return {@link Datastore#ETCD}: calicoctl's Go types stored the resources, without CRD defaults} */
  @Override
  public Datastore datastore() {
    return Datastore.ETCD;
  }

  @Override
  public String description() {
    return "etcd " + String.join(",", config.etcdEndpoints());
  }

  /**
   * Why the last attempt to reach etcd failed, for messages; set before {@link
   * ConnectionState#DISCONNECTED} is reported.
   *
   * @return the reason, or empty when nothing failed yet
   */
  @Override
  public java.util.Optional<String> lastError() {
    return java.util.Optional.ofNullable(lastError);
  }

  @Override
  public void close() {
    closed = true;
    worker.stop();
    client.close();
  }

  private void run(SourceListener listener) {
    EtcdMirror mirror = new EtcdMirror((key, message) -> {
      LOG.warn("{}: value does not decode, treated as absent: {}", key, message);
      listener.undecodable(key, message);
    });
    boolean needList = true;
    long backoff = settings.initialBackoff().toMillis();
    report(listener, ConnectionState.CONNECTING);
    while (!closed) {
      try {
        if (needList) {
          revision = list(mirror, listener);
          needList = false;
          listener.inSync();
        } else {
          probe();
        }
        report(listener, ConnectionState.CONNECTED);
        backoff = settings.initialBackoff().toMillis();
        watch(mirror, listener);
      } catch (InterruptedException e) {
        break;
      } catch (Exception e) {
        if (closed) {
          break;
        }
        if (isCompaction(e)) {
          LOG.info("{}: revision {} compacted, listing again", description(), revision);
          needList = true;
          continue;
        }
        lastError = reason(e);
        report(listener, ConnectionState.DISCONNECTED);
        LOG.warn("{}: {}; retrying in {} ms", description(), reason(e), backoff);
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException stop) {
          break;
        }
        backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
      }
    }
    report(listener, ConnectionState.CLOSED);
  }

  /** Lists every key at one revision and delivers what differs from the mirror; the revision. */
  private long list(EtcdMirror mirror, SourceListener listener) throws Exception {
    KV kv = client.getKVClient();
    ByteSequence end = bytes(prefixEnd(prefix));
    ByteSequence from = bytes(prefix);
    long revision = 0;
    List<ResourceEvent> events = new ArrayList<>();
    mirror.beginRelist();
    while (true) {
      GetOption page = GetOption.builder()
          .withRange(end).withLimit(settings.pageSize()).withRevision(revision).build();
      GetResponse response = await(kv.get(from, page));
      if (revision == 0) {
        revision = response.getHeader().getRevision();
      }
      List<KeyValue> kvs = response.getKvs();
      for (KeyValue entry : kvs) {
        mirror.put(text(entry.getKey()), entry.getValue().getBytes(), entry.getModRevision(), events);
      }
      if (!response.isMore() || kvs.isEmpty()) {
        break;
      }
      byte[] last = kvs.get(kvs.size() - 1).getKey().getBytes();
      from = ByteSequence.from(Arrays.copyOf(last, last.length + 1)); // the next key after it
    }
    mirror.endRelist(events);
    LOG.debug("{}: listed at revision {}: {} changes", description(), revision, events.size());
    if (!events.isEmpty()) {
      deliver(listener, events);
    }
    return revision;
  }

  /**
   * Watches from {@code revision + 1} until the source is closed or the watch overflowed
   * (returning, to be watched again from where it stopped), or the watch fails (throwing).
   */
  private void watch(EtcdMirror mirror, SourceListener listener) throws Exception {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(settings.maxQueuedResponses());
    WatchQueue sink = new WatchQueue(queue);
    WatchOption option = WatchOption.builder()
        .withRange(bytes(prefixEnd(prefix))).withRevision(revision + 1).build();
    long pending = revision;
    try (Watch.Watcher watcher = client.getWatchClient().watch(bytes(prefix), option,
        Watch.listener(sink::offer, sink::offer, () -> sink.offer(COMPLETED)))) {
      List<ResourceEvent> batch = new ArrayList<>();
      while (!closed) {
        Object item = queue.poll(settings.probeInterval().toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
          if (sink.overflowed) {
            LOG.debug("{}: watch fell behind at revision {}, watching again", description(), revision);
            return;
          }
          probe();
          continue;
        }
        do {
          if (item instanceof WatchResponse response) {
            pending = Math.max(pending, apply(mirror, listener, response, batch));
          } else {
            if (!batch.isEmpty()) {
              deliver(listener, batch);
              batch = new ArrayList<>();
            }
            revision = Math.max(revision, pending);
            if (item instanceof Throwable failure) {
              throw failure instanceof Exception e ? e : new ExecutionException(failure);
            }
            throw new java.io.IOException("the watch was closed by etcd");
          }
          item = queue.poll();
        } while (item != null);
        if (!batch.isEmpty()) {
          deliver(listener, batch);
          batch = new ArrayList<>();
        }
        // Only whole responses delivered count: a watch resumed after a failure starts after
        // them (a response split by maxBatch is replayed, and the mirror skips what it has).
        revision = Math.max(revision, pending);
      }
    } finally {
      sink.stop();
    }
  }

  /** Adds a response's events to {@code batch}, handing full batches over; its revision. */
  private long apply(
      EtcdMirror mirror, SourceListener listener, WatchResponse response, List<ResourceEvent> batch) {
    long revision = 0;
    for (WatchEvent event : response.getEvents()) {
      KeyValue kv = event.getKeyValue();
      String key = text(kv.getKey());
      revision = Math.max(revision, kv.getModRevision());
      switch (event.getEventType()) {
        case PUT -> mirror.put(key, kv.getValue().getBytes(), kv.getModRevision(), batch);
        case DELETE -> mirror.delete(key, batch);
        default -> LOG.debug("{}: unknown watch event for {}", description(), key);
      }
      if (batch.size() >= settings.maxBatch()) {
        deliver(listener, new ArrayList<>(batch));
        batch.clear();
      }
    }
    return revision;
  }

  private void deliver(SourceListener listener, List<ResourceEvent> batch) {
    try {
      listener.events(batch);
    } catch (RuntimeException e) {
      LOG.error("{}: the listener failed on a batch of {} events", description(), batch.size(), e);
    }
  }

  /** Asks etcd for one key's count: fails when etcd does not answer. */
  private void probe() throws Exception {
    await(client.getKVClient().get(bytes(prefix), GetOption.builder().withCountOnly(true).build()));
  }

  private <T> T await(CompletableFuture<T> future) throws Exception {
    try {
      return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new TimeoutException("no answer within " + settings.requestTimeout().toMillis() + " ms");
    }
  }

  private void report(SourceListener listener, ConnectionState state) {
    if (state != reported) {
      reported = state;
      LOG.info("{}: {}", description(), state);
      listener.connection(state);
    }
  }

  private static boolean isCompaction(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CompactedException) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.contains("required revision has been compacted")) {
        return true;
      }
    }
    return false;
  }

  private static String reason(Throwable e) {
    Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message;
  }

  /** The key just after every key that starts with {@code prefix}. */
  static String prefixEnd(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }

  private static ByteSequence bytes(String s) {
    return ByteSequence.from(s, StandardCharsets.UTF_8);
  }

  private static String text(ByteSequence b) {
    return b.toString(StandardCharsets.UTF_8);
  }

  /**
   * Hands what jetcd receives to the source's thread. jetcd calls its watch listener on the
   * client's vert.x event loop, which must never block (the connection would stop answering
   * etcd's pings), so a full queue is not waited on: it overflows, everything after is dropped,
   * and once the source has applied what the queue holds it watches again from the last revision
   * it delivered, letting etcd replay the rest from its history (or relisting when that history
   * is compacted). Memory stays bounded by the queue, whatever the burst.
   */
  private static final class WatchQueue {
    private final BlockingQueue<Object> queue;
    private volatile boolean active = true;
    volatile boolean overflowed;

    WatchQueue(BlockingQueue<Object> queue) {
      this.queue = queue;
    }

    void offer(Object item) {
      if (active && !overflowed && !queue.offer(item)) {
        overflowed = true;
      }
    }

    void stop() {
      active = false;
      queue.clear();
    }
  }

}
