package io.github.calicobgp.bird.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The format of unified diffs, compared with what {@code diff -u} prints. */
class UnifiedDiffTest {

  private static String numbered(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
  }

  @Test
  void oneChangedLineHasThreeLinesOfContextOnEachSide() {
    String before = numbered(1, 10);
    String after = before.replace("line 5\n", "line five\n");

    assertThat(UnifiedDiff.of("a/f", before, "b/f", after)).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8
        """);
  }

  @Test
  void distantChangesMakeTwoHunksAndCloseOnesOne() {
    String before = numbered(1, 20);
    String far = before.replace("line 2\n", "").replace("line 18\n", "line 18\nline 18b\n");
    String near = before.replace("line 5\n", "").replace("line 11\n", "line 11b\n");

    assertThat(UnifiedDiff.of("a", before, "b", far)).isEqualTo("""
        --- a
        +++ b
        @@ -1,5 +1,4 @@
         line 1
        -line 2
         line 3
         line 4
         line 5
        @@ -16,5 +15,6 @@
         line 16
         line 17
         line 18
        +line 18b
         line 19
         line 20
        """);
    assertThat(UnifiedDiff.of("a", before, "b", near)).startsWith("""
        --- a
        +++ b
        @@ -2,13 +2,12 @@
        """);
  }

  @Test
  void singleLineAndEmptyRangesFollowGnuDiff() {
    assertThat(UnifiedDiff.of("a", "", "b", "new\n"))
        .isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n");
    assertThat(UnifiedDiff.of("a", "old\n", "b", ""))
        .isEqualTo("--- a\n+++ b\n@@ -1 +0,0 @@\n-old\n");
  }

  @Test
  void aMissingFinalNewlineIsMarked() {
    assertThat(UnifiedDiff.of("a", "x\ny", "b", "x\ny\n")).isEqualTo("""
        --- a
        +++ b
        @@ -1,2 +1,2 @@
         x
        -y
        \\ No newline at end of file
        +y
        """);
  }
}
