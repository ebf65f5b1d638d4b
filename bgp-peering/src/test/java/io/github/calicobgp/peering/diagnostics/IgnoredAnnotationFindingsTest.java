package io.github.calicobgp.peering.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kubernetes Node annotations that Calico ignores are named by a finding. */
class IgnoredAnnotationFindingsTest {

  private static List<Finding> findings(String asNumber) {
    String yaml = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata:
            name: a
            annotations: {projectcalico.org/IPv4Address: 10.0.0.1/24}
        - apiVersion: v1
          kind: Node
          metadata:
            name: b
            annotations:
              projectcalico.org/IPv4Address: 10.0.0.2/24
              projectcalico.org/ASNumber: "%s"
        """.formatted(asNumber);
    ClusterSnapshot snapshot = ClusterSnapshot.of(Manifests.read(yaml, "nodes.yaml"));
    return Diagnostics.of(new PeeringEngine().planAll(snapshot));
  }

  @Test
  void anAnnotationCalicoIgnoresIsNamedWithItsNodeAndValue() {
    assertThat(findings("645l2")).filteredOn(f -> f.code() == FindingCode.NODE_ANNOTATION_IGNORED)
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.nodes()).containsExactly("b");
          assertThat(f.resources()).containsExactly("Node/b");
          assertThat(f.message()).startsWith("node b: Calico ignores its annotation"
              + " projectcalico.org/ASNumber=\"645l2\" (").endsWith(
              ") and reads the Node as if it were absent.");
        });
  }

  @Test
  void validAnnotationsGiveNoFinding() {
    assertThat(findings("64512")).noneMatch(f -> f.code() == FindingCode.NODE_ANNOTATION_IGNORED);
  }
}
