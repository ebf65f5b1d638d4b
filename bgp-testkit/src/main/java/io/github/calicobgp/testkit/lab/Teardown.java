package io.github.calicobgp.testkit.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Undo steps run once, newest first, each one even when an earlier one failed. */
final class Teardown {

  /** One undo step. */
  @FunctionalInterface
  interface Step {
    /** Undoes something; may throw. */
    void run() throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Teardown.class);

  private final Deque<String> names = new ArrayDeque<>();
  private final Deque<Step> steps = new ArrayDeque<>();
  private boolean done;

  /** Adds a step, to be run before every step added earlier. */
  synchronized void add(String name, Step step) {
    if (done) {
      throw new IllegalStateException("the lab is already torn down");
    }
    names.push(name);
    steps.push(step);
  }

  /** Runs every step once; later calls do nothing. Fails, after all steps, if any step failed. */
  synchronized void run() {
    if (done) {
      return;
    }
    done = true;
    List<String> failures = new ArrayList<>();
    List<Exception> causes = new ArrayList<>();
    while (!steps.isEmpty()) {
      String name = names.pop();
      try {
        steps.pop().run();
      } catch (Exception e) {
        LOG.warn("BIRD lab teardown: {} failed", name, e);
        failures.add(name + ": " + e.getMessage());
        causes.add(e);
      }
    }
    if (!failures.isEmpty()) {
      LabException error = new LabException("teardown failed: " + String.join("; ", failures));
      causes.forEach(error::addSuppressed);
      throw error;
    }
  }
}
