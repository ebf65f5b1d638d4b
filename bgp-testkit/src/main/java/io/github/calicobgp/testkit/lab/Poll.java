package io.github.calicobgp.testkit.lab;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Repeats a cheap check until it holds or a deadline passes; the lab's only way to wait. */
final class Poll {

  /** The pause between two checks: short next to the ~25 ms a birdc call takes. */
  private static final long PAUSE_MILLIS = 5;

  private Poll() {}

  /**
   * Checks {@code condition} until it is true; after {@code timeout} throws a {@link
   * LabTimeoutException} with {@code message}. Exceptions of the check pass through.
   */
  static void until(Duration timeout, BooleanSupplier condition, Supplier<String> message) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline >= 0) {
        throw new LabTimeoutException(message.get());
      }
      pause();
    }
  }

  /** Pauses between two checks. */
  static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LabException("interrupted while waiting", e);
    }
  }
}
