package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceArbitraries;
import io.github.calicobgp.api.resource.ResourceKind;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the writer writes, the reader reads back as equal resources. */
class RoundTripProperties {

  @Provide
  Arbitrary<Resource> resources() {
    return ResourceArbitraries.resources();
  }

  @Provide
  Arbitrary<List<Resource>> resourceLists() {
    return ResourceArbitraries.resources().list().ofMaxSize(4);
  }

  @Property(tries = 600)
  void yamlReadsBackEqual(@ForAll("resources") Resource r) {
    Statistics.label("kind").collect(r.kind())
        .coverage(c -> Arrays.stream(ResourceKind.values())
            .forEach(k -> c.check(k.kind()).count(n -> n > 0)));
    String yaml = Manifests.toYaml(r);
    assertThat(Manifests.read(yaml, "rt.yaml").all()).as(yaml).containsExactly(r);
  }

  @Property(tries = 600)
  void jsonReadsBackEqual(@ForAll("resources") Resource r) {
    Statistics.label("kind").collect(r.kind())
        .coverage(c -> Arrays.stream(ResourceKind.values())
            .forEach(k -> c.check(k.kind()).count(n -> n > 0)));
    String json = Manifests.toJson(r);
    assertThat(Manifests.read(json, "rt.json").all()).as(json).containsExactly(r);
  }

  @Property(tries = 150)
  void multiDocumentYamlReadsBackEqual(@ForAll("resourceLists") List<Resource> rs) {
    String yaml = Manifests.toYaml(rs);
    assertThat(Manifests.read(yaml, "rt.yaml").all()).as(yaml).isEqualTo(rs);
  }

  @Property(tries = 150)
  void jsonListReadsBackEqual(@ForAll("resourceLists") List<Resource> rs) {
    String json = Manifests.toJson(rs);
    assertThat(Manifests.read(json, "rt.json").all()).as(json).isEqualTo(rs);
  }
}
