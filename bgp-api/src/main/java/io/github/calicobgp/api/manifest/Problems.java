package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.ManifestException.Problem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one read, up to {@link ReadLimits#maxProblems()}. */
final class Problems {

  private final int max;
  private final List<Problem> list = new ArrayList<>();

  Problems(int max) {
    this.max = max;
  }

  /**
   * Records a problem.
   *
   * @throws Full when this was the last problem allowed
   */
  void add(SourceLocation at, @Nullable String resource, String fieldPath, String message) {
    list.add(new Problem(at, resource, fieldPath, message));
    if (list.size() >= max) {
      throw new Full();
    }
  }

  /** Records the problems of {@code other}, in order. */
  void addAll(Problems other) {
    for (Problem p : other.list) {
      add(p.location(), p.resource(), p.fieldPath(), p.message());
    }
  }

  int size() {
    return list.size();
  }

  /** Forgets the problems recorded after the first {@code size}, to undo a speculative read. */
  void truncate(int size) {
    list.subList(size, list.size()).clear();
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** The problems so far, followed by a note when reading stopped early. */
  List<Problem> list(boolean stoppedEarly) {
    if (!stoppedEarly) {
      return List.copyOf(list);
    }
    List<Problem> out = new ArrayList<>(list);
    Problem last = list.get(list.size() - 1);
    out.add(
        new Problem(
            last.location(), null, "", "too many problems; stopped reading after " + max));
    return out;
  }

  /** Thrown to stop reading once the problem limit is reached. */
  static final class Full extends RuntimeException {
    Full() {
      super(null, null, false, false);
    }
  }
}
