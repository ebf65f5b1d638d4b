package io.github.calicobgp.bird.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.bird.diff.LineDiff.Edit;
import io.github.calicobgp.bird.diff.LineDiff.Op;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The edit script turns one list into the other with as few changes as possible. */
class LineDiffProperties {

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.of("a", "b", "c", "}", "").list().ofMaxSize(40);
  }

  @Property(tries = 1000)
  void theScriptRebuildsBothListsWithAMinimalNumberOfChanges(
      @ForAll("lines") List<String> a, @ForAll("lines") List<String> b) {
    List<Edit> edits = LineDiff.between(a, b);
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit.op() != Op.INSERT) {
        before.add(edit.line());
      }
      if (edit.op() != Op.DELETE) {
        after.add(edit.line());
      }
    }
    assertThat(before).isEqualTo(a);
    assertThat(after).isEqualTo(b);
    long kept = edits.stream().filter(e -> e.op() == Op.KEEP).count();
    assertThat(kept).isEqualTo(longestCommonSubsequence(a, b));
  }

  private static int longestCommonSubsequence(List<String> a, List<String> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        table[i][j] = a.get(i).equals(b.get(j))
            ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table[0][0];
  }
}
