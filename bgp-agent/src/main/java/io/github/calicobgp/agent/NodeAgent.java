package io.github.calicobgp.agent;

import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.peering.ChangeSet;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.live.ChangeSubscriber;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop of one node: told of every change set, it writes nothing until the datastore is in
 * sync, then after each change that touches its node (and after every sync) waits for a quiet
 * moment ({@link AgentSettings#debounce}, at most {@link AgentSettings#maxDelay}) and brings the
 * configuration directory up to the latest plan, on a thread of its own, so that the source's
 * thread never waits for BIRD. A burst of changes becomes one write and one reload.
 */
public final class NodeAgent implements ChangeSubscriber, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NodeAgent.class);

  /** After a write fails for a file-system reason, it is tried again this much later. */
  private static final Duration WRITE_RETRY = Duration.ofSeconds(2);

  private final AgentSettings settings;
  private final Supplier<ClusterPlan> plans;
  private final ConfigWriter writer;
  private final AgentMetrics metrics;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Thread worker;

  // Guarded by lock.
  private boolean inSync;
  private boolean dirty;
  private boolean running = true;
  private long firstChangeNanos;
  private long lastChangeNanos;
  private long attempts;
  private boolean busy;

  private volatile @Nullable WriteOutcome lastOutcome;
  private volatile boolean synced;

  /**
   * An agent for {@code settings.nodeName()} reading the current plans from {@code plans}
   * (usually {@code liveCluster.state()::plan}); call {@link #start()}.
   *
   * @param settings what to do
   * @param plans the cluster's current plans
   * @param metrics where to count
   */
  public NodeAgent(AgentSettings settings, Supplier<ClusterPlan> plans, AgentMetrics metrics) {
    this.settings = settings;
    this.plans = plans;
    this.writer = new ConfigWriter(settings);
    this.metrics = metrics;
    this.worker = new Thread(this::loop, "calico-bgp-agent-" + settings.nodeName());
  }

  /**
   * Prepares the directory (creates it, deletes what a killed write left) and starts the loop.
   *
   * @return this agent
   * @throws IOException if the directory cannot be created or cleaned
   */
  public NodeAgent start() throws IOException {
    Files.createDirectories(settings.configDir());
    int removed = BirdConfig.removeLeftovers(settings.configDir());
    if (removed > 0) {
      LOG.info(
          "event=leftovers_removed dir={} count={} reason=\"an earlier write was interrupted\"",
          settings.configDir(),
          removed);
    }
    worker.start();
    return this;
  }

  @Override
  public void changed(ChangeSet changes, boolean inSyncNow) {
    if (changes.node(settings.nodeName()).isPresent()) {
      markDirty(false);
    }
  }

  @Override
  public void inSync(ClusterPlan plan) {
    LOG.info("event=in_sync node={} nodes={}", settings.nodeName(), plan.size());
    markDirty(true);
  }

  /**
   * Whether the datastore has been in sync at least once.
   *
   * @return whether writing has begun
   */
  public boolean synced() {
    return synced;
  }

  /**
   * What the last attempt did, if there was one.
   *
   * @return its outcome
   */
  public Optional<WriteOutcome> lastOutcome() {
    return Optional.ofNullable(lastOutcome);
  }

  /**
   * Whether the last attempt left the directory up to date (false before the first).
   *
   * @return whether the last write is good
   */
  public boolean lastWriteOk() {
    WriteOutcome outcome = lastOutcome;
    return outcome != null && outcome.ok();
  }

  /**
   * How many attempts have finished.
   *
   * @return the count
   */
  public long attempts() {
    lock.lock();
    try {
      return attempts;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until no change is pending and no attempt is running: the directory holds what the
   * latest plan gives (or the last attempt failed).
   *
   * @param timeout how long to wait
   * @return whether it settled in time
   * @throws InterruptedException if interrupted
   */
  public boolean awaitSettled(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (!synced || dirty || busy) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wake.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private void markDirty(boolean sync) {
    lock.lock();
    try {
      if (sync) {
        inSync = true;
        synced = true;
      }
      long now = System.nanoTime();
      if (!dirty) {
        firstChangeNanos = now;
      }
      lastChangeNanos = now;
      dirty = dirty || inSync;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void loop() {
    try {
      while (true) {
        long since = awaitQuietChange();
        if (since < 0) {
          return;
        }
        WriteOutcome outcome;
        try {
          outcome = attempt();
        } catch (InterruptedException e) {
          LOG.info("event=write_abandoned node={} reason=stopping", settings.nodeName());
          return;
        } catch (RuntimeException e) {
          LOG.error("event=internal_error node={}", settings.nodeName(), e);
          outcome = WriteOutcome.failed(WriteOutcome.Result.RENDER_FAILED, e.toString());
        }
        finish(outcome, Duration.ofNanos(System.nanoTime() - since));
      }
    } finally {
      lock.lock();
      try {
        busy = false;
        wake.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Waits for a pending change and a quiet moment; returns when it began, or -1 to stop. */
  private long awaitQuietChange() {
    lock.lock();
    try {
      while (running) {
        if (!dirty) {
          wake.awaitUninterruptibly();
          continue;
        }
        long now = System.nanoTime();
        long quiet = lastChangeNanos + settings.debounce().toNanos() - now;
        long overdue = firstChangeNanos + settings.maxDelay().toNanos() - now;
        long wait = Math.min(quiet, overdue);
        if (wait <= 0) {
          dirty = false;
          busy = true;
          return firstChangeNanos;
        }
        try {
          wake.awaitNanos(wait);
        } catch (InterruptedException e) {
          return -1;
        }
      }
      return -1;
    } finally {
      lock.unlock();
    }
  }

  private WriteOutcome attempt() throws InterruptedException {
    ClusterPlan current = plans.get();
    Optional<NodePlan> plan = current.node(settings.nodeName());
    if (plan.isEmpty()) {
      return WriteOutcome.failed(
          WriteOutcome.Result.NO_NODE,
          "no Node named " + settings.nodeName() + " in the datastore (or it has no address)");
    }
    return writer.write(plan.get(), current.snapshot());
  }

  private void finish(WriteOutcome outcome, Duration latency) {
    WriteOutcome previous = lastOutcome;
    lastOutcome = outcome;
    metrics.outcome(outcome, latency);
    log(outcome, previous, latency);
    lock.lock();
    try {
      attempts++;
      busy = false;
      if (outcome.result() == WriteOutcome.Result.WRITE_FAILED && !dirty) {
        // The file system may recover (space freed, a directory moved away): try again later.
        dirty = true;
        long retryAt = System.nanoTime() + WRITE_RETRY.toNanos();
        firstChangeNanos = retryAt - settings.maxDelay().toNanos();
        lastChangeNanos = retryAt - settings.debounce().toNanos();
      }
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void log(WriteOutcome outcome, @Nullable WriteOutcome previous, Duration latency) {
    String node = settings.nodeName();
    switch (outcome.result()) {
      case WRITTEN ->
          LOG.info(
              "event=written node={} files={} reloads={} reload_failures={} latency_ms={}",
              node,
              String.join(",", outcome.files()),
              outcome.reloads(),
              outcome.failedReloads(),
              latency.toMillis());
      case UNCHANGED -> LOG.debug("event=unchanged node={}", node);
      default -> {
        // A failure that repeats on every change is logged at warn once, then at debug.
        boolean repeated =
            previous != null
                && previous.result() == outcome.result()
                && previous.message().equals(outcome.message());
        String line = "event={} node={} kept=previous_files reason=\"{}\"";
        Object[] args = {
          outcome.result().name().toLowerCase(java.util.Locale.ROOT),
          node,
          ConfigWriter.oneLine(outcome.message())
        };
        if (repeated) {
          LOG.debug(line, args);
        } else {
          LOG.warn(line, args);
        }
      }
    }
  }

  /** Stops the loop: a write in progress finishes; a check or reload running is killed. */
  @Override
  public void close() {
    lock.lock();
    try {
      running = false;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
    if (worker.isAlive()) {
      // A check command blocks in waitFor: interrupting kills it and abandons the write before
      // anything is swapped. Interrupted while staging, the swap fails and puts everything back
      // (BirdConfig.writeTo is all or nothing); its renames themselves are not interruptible.
      worker.interrupt();
      try {
        worker.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
