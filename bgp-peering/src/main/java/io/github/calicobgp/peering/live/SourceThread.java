package io.github.calicobgp.peering.live;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one thread a {@link ResourceSource} reads its datastore on: started once by {@link
 * ResourceSource#start}, interrupted and waited for by {@link ResourceSource#close}.
 */
public final class SourceThread {

  private static final long JOIN_MILLIS = 10_000;
  private final String name;
  private @Nullable Thread thread;

  /**
   * A thread not started yet.
   *
   * @param name the thread's name, e.g. {@code etcd-source}
   */
  public SourceThread(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Runs {@code body} on a new daemon thread.
   *
   * @param body what the source does until it is closed
   * @throws IllegalStateException when it was started before
   */
  public synchronized void start(Runnable body) {
    Objects.requireNonNull(body, "body");
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /**
   * Interrupts the thread and waits up to ten seconds for it to end (not when called from the
   * thread itself); nothing when it was never started.
   */
  public void stop() {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t == null) {
      return;
    }
    t.interrupt();
    if (t != Thread.currentThread()) {
      try {
        t.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
