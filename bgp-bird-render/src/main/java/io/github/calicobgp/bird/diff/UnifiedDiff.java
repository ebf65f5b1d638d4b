package io.github.calicobgp.bird.diff;

import io.github.calicobgp.bird.diff.LineDiff.Edit;
import io.github.calicobgp.bird.diff.LineDiff.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs of two texts, as {@code diff -u} prints them: {@code ---} and {@code +++}
 * headers, then hunks headed {@code @@ -a,b +c,d @@} with three lines of context (a count of one
 * is left out, and an empty range starts at the line before it), and {@code \ No newline at end
 * of file} after a last line without one.
 */
public final class UnifiedDiff {

  /** The lines of context around each change. */
  public static final int CONTEXT = 3;

  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /**
   * {@return the diff from {@code before} (called {@code beforeName}) to {@code after}; "" if
   * equal}
   *
   * @param beforeName the name shown for the old text, e.g. {@code a/bird.cfg}
   * @param before the old text
   * @param afterName the name shown for the new text, e.g. {@code b/bird.cfg}
   * @param after the new text
   */
  public static String of(String beforeName, String before, String afterName, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<Edit> edits = LineDiff.between(lines(before), lines(after));
    StringBuilder out = new StringBuilder()
        .append("--- ").append(beforeName).append('\n')
        .append("+++ ").append(afterName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      int firstChange = next(edits, i);
      if (firstChange == edits.size()) {
        break;
      }
      int start = Math.max(i, firstChange - CONTEXT);
      int end = hunkEnd(edits, firstChange);
      hunk(out, edits, start, end);
      i = end;
    }
    return out.toString();
  }

  /** The lines of {@code text}, each with its line break if it has one. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int newline = text.indexOf('\n', from);
      int to = newline < 0 ? text.length() : newline + 1;
      lines.add(text.substring(from, to));
      from = to;
    }
    return lines;
  }

  private static int next(List<Edit> edits, int from) {
    int i = from;
    while (i < edits.size() && edits.get(i).op() == Op.KEEP) {
      i++;
    }
    return i;
  }

  /** Where the hunk holding the change at {@code change} ends: context after its last change. */
  private static int hunkEnd(List<Edit> edits, int change) {
    int last = change;
    int i = change;
    while (i < edits.size()) {
      if (edits.get(i).op() != Op.KEEP) {
        last = i;
        i++;
      } else if (next(edits, i) - i > 2 * CONTEXT || next(edits, i) == edits.size()) {
        break;
      } else {
        i = next(edits, i);
      }
    }
    return Math.min(edits.size(), last + 1 + CONTEXT);
  }

  private static void hunk(StringBuilder out, List<Edit> edits, int start, int end) {
    int beforeLine = 1;
    int afterLine = 1;
    for (int i = 0; i < start; i++) {
      Op op = edits.get(i).op();
      beforeLine += op == Op.INSERT ? 0 : 1;
      afterLine += op == Op.DELETE ? 0 : 1;
    }
    int beforeCount = 0;
    int afterCount = 0;
    StringBuilder body = new StringBuilder();
    for (int i = start; i < end; i++) {
      Edit edit = edits.get(i);
      beforeCount += edit.op() == Op.INSERT ? 0 : 1;
      afterCount += edit.op() == Op.DELETE ? 0 : 1;
      body.append(switch (edit.op()) {
        case KEEP -> ' ';
        case DELETE -> '-';
        case INSERT -> '+';
      });
      String line = edit.line();
      if (line.endsWith("\n")) {
        body.append(line);
      } else {
        body.append(line).append('\n').append(NO_NEWLINE);
      }
    }
    out.append("@@ -").append(range(beforeLine, beforeCount)).append(" +")
        .append(range(afterLine, afterCount)).append(" @@\n").append(body);
  }

  private static String range(int start, int count) {
    if (count == 1) {
      return String.valueOf(start);
    }
    return (count == 0 ? start - 1 : start) + "," + count;
  }
}
