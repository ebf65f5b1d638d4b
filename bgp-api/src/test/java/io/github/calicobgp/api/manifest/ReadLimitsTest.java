package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile input ends in a clean ManifestException with a location, never a crash. */
class ReadLimitsTest {

  private static String message(String text, ReadLimits limits) {
    ManifestException e =
        catchThrowableOfType(
            ManifestException.class, () -> Manifests.read(text, "evil.yaml", limits));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.getMessage();
  }

  private static String message(String text) {
    return message(text, ReadLimits.DEFAULT);
  }

  @Test
  void billionLaughs() {
    StringBuilder b = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String prev = "*" + (char) (c - 1);
      b.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
    }
    assertThat(message(b.toString()))
        .matches("evil\\.yaml:6:\\d+: aliases expand this document by more than the limit of"
            + " 100000 nodes \\(an alias bomb\\?\\)");
  }

  @Test
  void aliasOfItself() {
    assertThat(message("a: &x [1, *x]\n"))
        .isEqualTo("evil.yaml:1:11: anchor 'x' value contains itself");
  }

  @Test
  void undefinedAlias() {
    assertThat(message("a: *nope\n")).startsWith("evil.yaml:1:4: ").contains("nope");
  }

  @Test
  void deepYamlNesting() {
    assertThat(message("a: " + "[".repeat(10_000)))
        .isEqualTo("evil.yaml:1:1003: nesting is deeper than the limit of 1000 levels");
    assertThat(message("a:\n" + "- ".repeat(10_000) + "x\n"))
        .isEqualTo("evil.yaml:2:1999: nesting is deeper than the limit of 1000 levels");
  }

  @Test
  void deepJsonNesting() {
    assertThat(message("[".repeat(10_000)))
        .isEqualTo("evil.yaml:1:1001: nesting is deeper than the limit of 1000 levels");
    assertThat(message("{\"a\":".repeat(10_000)))
        .isEqualTo("evil.yaml:1:5001: nesting is deeper than the limit of 1000 levels");
  }

  @Test
  void oversizeDocument() {
    ReadLimits small = new ReadLimits(1 << 20, 1000, 100, 100, 100);
    String big = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  k: "
        + "x".repeat(2000) + "\n";
    assertThat(message(big, small))
        .matches("evil\\.yaml:\\d+:\\d+: YAML document is larger than the limit of 1000 code"
            + " points");
    assertThat(message("{\"k\": \"" + "x".repeat(2000) + "\"}", small))
        .isEqualTo("evil.yaml:1:1: JSON document is larger than the limit of 1000 code points");
  }

  @Test
  void theDefaultLimitsHoldAKubectlDumpOfALargeCluster() {
    // kubectl get nodes -o json is one document of about 8 KB per node: 40 MB for 5,000 nodes.
    assertThat(ReadLimits.DEFAULT.maxDocumentCodePoints()).isEqualTo(256 << 20);
    assertThat(ReadLimits.DEFAULT.maxSourceBytes()).isEqualTo(512L << 20);
    String big = "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [],"
        + " \"metadata\": {\"resourceVersion\": \"" + "1".repeat(17 << 20) + "\"}}";
    assertThat(Manifests.read(big, "dump.json").size()).isZero();
  }

  @Test
  void manySmallDocumentsAreFine() {
    ReadLimits small = new ReadLimits(1 << 20, 1000, 100, 100, 100);
    String doc = "apiVersion: projectcalico.org/v3\nkind: Node\nmetadata: {name: n}\n---\n";
    assertThat(Manifests.read(doc.repeat(200), "ok.yaml", small).size()).isEqualTo(200);
  }

  @Test
  void oversizeSource() {
    ReadLimits small = new ReadLimits(100, 1000, 100, 100, 100);
    String text = "# " + "x".repeat(200) + "\n";
    assertThat(message(text, small)).isEqualTo("evil.yaml:1:1: larger than the limit of 100 bytes");
    ManifestException e =
        catchThrowableOfType(
            ManifestException.class,
            () -> Manifests.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-", small));
    assertThat(e.getMessage()).isEqualTo("-:1:1: larger than the limit of 100 bytes");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> new ReadLimits(0, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
