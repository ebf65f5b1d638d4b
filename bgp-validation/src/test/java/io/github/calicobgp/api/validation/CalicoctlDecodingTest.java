package io.github.calicobgp.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs that look wrong but that calicoctl decides one way or the other; we decide each the same
 * way. calicoctl reads every file, JSON included, with {@code sigs.k8s.io/yaml}'s
 * {@code UnmarshalStrict} ({@code calicoctl/calicoctl/resourcemgr/resourcemgr.go},
 * {@code unmarshalResource}): go-yaml v2 parses the text (JSON is YAML), {@code yamlToJSON} and
 * {@code convertToJSONableObject} turn a number or a boolean into text where the Go field is a
 * string, {@code encoding/json} marshals the tree (a float64 that is integral prints without a
 * fraction: {@code 64512}) and decodes it strictly into the v3 structs. Then
 * {@code libcalico-go/lib/validator/v3/validator.go} checks the struct.
 */
class CalicoctlDecodingTest {

  private static final Validator VALIDATOR = new Validator();

  private static Resource only(String text, String name) {
    List<Resource> all = Manifests.read(text, name).all();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static String config(String spec) {
    return "apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\n"
        + "metadata: {name: default}\nspec:\n  " + spec + "\n";
  }

  private static String jsonConfig(String spec) {
    return "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"BGPConfiguration\","
        + " \"metadata\": {\"name\": \"default\"}, \"spec\": {" + spec + "}}";
  }

  @Test
  void anEmptyIgnoredInterfaceIsInvalidAsCalicosDiveRuleSays() {
    // omitempty,dive,ignoredInterface: every item must match ^[a-zA-Z0-9_.*-]{1,15}$.
    for (String list : List.of("[\"\"]", "[null]", "[eth0, ~]")) {
      Resource config = only(config("ignoredInterfaces: " + list), "c.yaml");
      assertThat(VALIDATOR.validate(config)).as(list).singleElement().satisfies(v -> {
        assertThat(v.fieldPath()).startsWith("spec.ignoredInterfaces[");
        assertThat(v.message()).startsWith("\"\" is not an interface name or pattern");
      });
    }
    assertThat(VALIDATOR.validate(only(config("ignoredInterfaces: [eth0]"), "c.yaml"))).isEmpty();
    assertThat(VALIDATOR.validate(only(config("ignoredInterfaces: []"), "c.yaml"))).isEmpty();
  }

  @Test
  void aBooleanOrIntegerNameBecomesTextAsConvertToJSONableObjectMakesIt() {
    // A string target takes the scalar's text: true -> "true", !!int 12 -> "12"; both are
    // valid names.
    for (String[] c : new String[][] {{"true", "true"}, {"!!int 12", "12"}, {"12", "12"}}) {
      Resource node = only("apiVersion: projectcalico.org/v3\nkind: Node\nmetadata:\n  name: "
          + c[0] + "\n", "n.yaml");
      assertThat(((Node) node).metadata().name()).as(c[0]).isEqualTo(c[1]);
      assertThat(VALIDATOR.validate(node)).as(c[0]).isEmpty();
    }
  }

  @Test
  void anIntegralFloatIsAnIntegerInJsonAsInYamlBecauseBothGoThroughGoYaml() {
    // go-yaml v2 reads 64512.0, 6.4512e4, 179.0 and 1e2 as float64; encoding/json marshals an
    // integral float64 below 1e21 without fraction or exponent, so the strict decode into uint32
    // (ASNumber) and uint16 (listenPort) succeeds.
    for (String number : List.of("64512.0", "6.4512e4", "64512")) {
      for (Resource config : List.of(only(jsonConfig("\"asNumber\": " + number), "c.json"),
          only(config("asNumber: " + number), "c.yaml"))) {
        assertThat(((BGPConfiguration) config).spec().asNumber()).as(number)
            .isEqualTo(ASNumber.of(64512));
        assertThat(VALIDATOR.validate(config)).isEmpty();
      }
    }
    for (String[] c : new String[][] {{"179.0", "179"}, {"1e2", "100"}}) {
      for (Resource config : List.of(only(jsonConfig("\"listenPort\": " + c[0]), "c.json"),
          only(config("listenPort: " + c[0]), "c.yaml"))) {
        assertThat(((BGPConfiguration) config).spec().listenPort()).as(c[0])
            .isEqualTo(Integer.valueOf(c[1]));
        assertThat(VALIDATOR.validate(config)).isEmpty();
      }
    }
  }

  @Test
  void aFractionOrAnIntegralFloatFrom1e21OnIsRefusedAsEncodingJsonRefusesIt() {
    // 64512.5 stays "64512.5" and 1e21 marshals as "1e+21": "cannot unmarshal number ... into
    // Go struct field ... of type uint32/uint16".
    assertThatThrownBy(() -> only(jsonConfig("\"asNumber\": 64512.5"), "c.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("spec.asNumber");
    assertThatThrownBy(() -> only(jsonConfig("\"listenPort\": 1e21"), "c.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("spec.listenPort");
    assertThatThrownBy(() -> only(config("listenPort: 179.5"), "c.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("spec.listenPort");
  }
}
