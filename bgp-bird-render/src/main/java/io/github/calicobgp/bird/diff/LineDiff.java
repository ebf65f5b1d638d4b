package io.github.calicobgp.bird.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A shortest edit script between two lists of lines: Myers' O((N+M)D) algorithm in its
 * linear-space form, which finds a middle snake and recurses on both sides, after trimming the
 * common prefix and suffix. Memory stays linear even for files that share nothing.
 */
final class LineDiff {

  /** What happens to one line. */
  enum Op { KEEP, DELETE, INSERT }

  /**
   * One line of the script.
   *
   * @param op what happens to it
   * @param line the line (from the old list for KEEP and DELETE, the new one for INSERT)
   */
  record Edit(Op op, String line) {}

  private final List<String> a;
  private final List<String> b;
  private final List<Edit> edits = new ArrayList<>();
  private final int[] forward;
  private final int[] backward;

  private LineDiff(List<String> a, List<String> b) {
    this.a = a;
    this.b = b;
    int size = 2 * ((a.size() + b.size() + 1) / 2) + 4;
    forward = new int[size];
    backward = new int[size];
  }

  /** The edits that turn {@code a} into {@code b}, in order, with as few changes as possible. */
  static List<Edit> between(List<String> a, List<String> b) {
    LineDiff diff = new LineDiff(a, b);
    diff.diff(0, a.size(), 0, b.size());
    return diff.edits;
  }

  private void diff(int aLo, int aHi, int bLo, int bHi) {
    while (aLo < aHi && bLo < bHi && a.get(aLo).equals(b.get(bLo))) {
      edits.add(new Edit(Op.KEEP, a.get(aLo++)));
      bLo++;
    }
    int suffix = 0;
    while (aLo < aHi - suffix && bLo < bHi - suffix
        && a.get(aHi - suffix - 1).equals(b.get(bHi - suffix - 1))) {
      suffix++;
    }
    aHi -= suffix;
    bHi -= suffix;
    if (aLo == aHi) {
      for (int j = bLo; j < bHi; j++) {
        edits.add(new Edit(Op.INSERT, b.get(j)));
      }
    } else if (bLo == bHi) {
      for (int i = aLo; i < aHi; i++) {
        edits.add(new Edit(Op.DELETE, a.get(i)));
      }
    } else {
      int[] snake = middleSnake(aLo, aHi, bLo, bHi);
      diff(aLo, snake[0], bLo, snake[1]);
      for (int i = snake[0]; i < snake[2]; i++) {
        edits.add(new Edit(Op.KEEP, a.get(i)));
      }
      diff(snake[2], aHi, snake[3], bHi);
    }
    for (int i = aHi; i < aHi + suffix; i++) {
      edits.add(new Edit(Op.KEEP, a.get(i)));
    }
  }

  /**
   * The middle snake of the part {@code a[aLo, aHi)} to {@code b[bLo, bHi)}, both non-empty, as
   * {@code {x, y, u, v}}: it runs from {@code (x, y)} to {@code (u, v)} in absolute indexes.
   * Diagonals whose furthest point leaves the grid are pruned, so that no point outside it is
   * ever extended or compared; -1 marks a diagonal not reached yet.
   */
  private int[] middleSnake(int aLo, int aHi, int bLo, int bHi) {
    int n = aHi - aLo;
    int m = bHi - bLo;
    int max = (n + m + 1) / 2;
    int offset = max + 1;
    int length = 2 * max + 3;
    Arrays.fill(forward, 0, length, -1);
    Arrays.fill(backward, 0, length, -1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    int delta = n - m;
    boolean odd = (delta & 1) != 0;
    int forwardStart = 0;
    int forwardEnd = 0;
    int backwardStart = 0;
    int backwardEnd = 0;
    for (int d = 0; d <= max; d++) {
      for (int k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
        int x = k == -d || k != d && forward[offset + k - 1] < forward[offset + k + 1]
            ? forward[offset + k + 1] : forward[offset + k - 1] + 1;
        int y = x - k;
        int x0 = x;
        int y0 = y;
        while (x < n && y < m && a.get(aLo + x).equals(b.get(bLo + y))) {
          x++;
          y++;
        }
        forward[offset + k] = x;
        if (x > n) {
          forwardEnd += 2;
        } else if (y > m) {
          forwardStart += 2;
        } else if (odd) {
          int other = offset + delta - k;
          if (other >= 0 && other < length && reached(backward[other], delta - k, n, m)
              && x >= n - backward[other]) {
            return new int[] {aLo + x0, bLo + y0, aLo + x, bLo + y};
          }
        }
      }
      for (int k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
        int x = k == -d || k != d && backward[offset + k - 1] < backward[offset + k + 1]
            ? backward[offset + k + 1] : backward[offset + k - 1] + 1;
        int y = x - k;
        int x0 = x;
        int y0 = y;
        while (x < n && y < m && a.get(aHi - x - 1).equals(b.get(bHi - y - 1))) {
          x++;
          y++;
        }
        backward[offset + k] = x;
        if (x > n) {
          backwardEnd += 2;
        } else if (y > m) {
          backwardStart += 2;
        } else if (!odd) {
          int other = offset + delta - k;
          if (other >= 0 && other < length && reached(forward[other], delta - k, n, m)
              && forward[other] >= n - x) {
            return new int[] {aHi - x, bHi - y, aHi - x0, bHi - y0};
          }
        }
      }
    }
    throw new IllegalStateException("no middle snake between two non-empty lists");
  }

  /** Whether {@code x} on diagonal {@code k} is a point of the n-by-m grid that was reached. */
  private static boolean reached(int x, int k, int n, int m) {
    return x >= 0 && x <= n && x - k >= 0 && x - k <= m;
  }
}
