package io.github.calicobgp.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.NodeStatus;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldRulesTest {

  private final Validator validator = new Validator();

  @ParameterizedTest
  @CsvSource({
    "00:00:5e:00:53:01, true",
    "00-00-5E-00-53-01, true",
    "0000.5e00.5301, true",
    "00:00:5e:00:53:01:02:03, true",
    "00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01, true",
    "00:00:5e:00:53, false",
    "00:00:5e-00:53:01, false",
    "0g:00:5e:00:53:01, false",
    "000.05e00.5301, false",
    "00:00:5e:00:53:1, false",
  })
  void macAddressesParseLikeGo(String mac, boolean valid) {
    assertThat(MacAddressValidator.parses(mac)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "jlkVyQYooZYzI2wFfNhSZez5eWh44yfq1wKVjLvSXgY=, true",
    "jlkVyQYooZYzI2wFfNhSZez5eWh44yfq1wKVjLvSXgY, false",
    "foobar, false",
    "AAAA, false",
  })
  void wireguardKeysAre32BytesOfPaddedBase64(String key, boolean valid) {
    Node node = new Node(ObjectMeta.named("n"), NodeSpec.EMPTY, new NodeStatus(key, null, null));
    assertThat(validator.validate(node).isEmpty()).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.5/24, , true",
    "10.0.0.5, , true",
    "aabb::1/64, , false",
    ", aabb::1/64, true",
    ", 10.0.0.5/24, false",
    "10.0.0.5/33, , false",
  })
  void nodeAddressesAllowHostBitsButNotTheWrongFamily(String v4, String v6, boolean valid) {
    NodeSpec spec = NodeSpec.ofBgp(new NodeSpec.BGP(null, v4, v6, null, null));
    assertThat(validator.validate(new Node(ObjectMeta.named("n"), spec)).isEmpty())
        .isEqualTo(valid);
  }
}
