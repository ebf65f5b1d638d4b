package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list Calico tests with {@code != nil} ({@code prefixAdvertisements}) is read as null when
 * absent and as an empty list when written {@code []}, and written back the same way.
 */
class EmptyListTest {

  private static BGPConfiguration read(String spec) {
    String yaml = "apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\n"
        + "metadata:\n  name: node.n1\nspec:\n" + spec;
    return Manifests.read(yaml, "t.yaml").ofType(BGPConfiguration.class).get(0);
  }

  @Test
  void anEmptyPrefixAdvertisementListIsKeptApartFromAnAbsentOne() {
    assertThat(read("  prefixAdvertisements: []\n").spec().prefixAdvertisements()).isEmpty();
    assertThat(read("  listenPort: 1790\n").spec().prefixAdvertisements()).isNull();
    assertThat(read("  prefixAdvertisements: null\n").spec().prefixAdvertisements()).isNull();
  }

  @Test
  void anEmptyPrefixAdvertisementListIsWrittenBackAsAnEmptyList() {
    BGPConfiguration empty = read("  prefixAdvertisements: []\n");
    String yaml = Manifests.toYaml(empty);
    assertThat(yaml).contains("prefixAdvertisements: []");
    assertThat(Manifests.read(yaml, "again.yaml").ofType(BGPConfiguration.class))
        .isEqualTo(List.of(empty));
    assertThat(Manifests.toYaml(read("  listenPort: 1790\n")))
        .doesNotContain("prefixAdvertisements");
  }
}
