package io.github.calicobgp.api.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {

  private static Secret withData(String key, String base64) {
    return new Secret(ObjectMeta.namespaced("kube-system", "bgp", Map.of()), null,
        Map.of(key, base64), null, "Opaque");
  }

  @Test
  void valueDecodesUtf8Data() {
    assertThat(withData("pw", "cHfDqQ==").value("pw")).contains("pw\u00e9");
  }

  @Test
  void valueRefusesDataThatIsNotUtf8InsteadOfReplacingTheBytes() {
    assertThatThrownBy(() -> withData("pw", "cHf/").value("pw"))
        .isInstanceOf(SecretValueException.class)
        .hasMessage("key 'pw' of Secret kube-system/bgp is not valid UTF-8 text")
        .satisfies(e -> {
          SecretValueException s = (SecretValueException) e;
          assertThat(s.namespace()).isEqualTo("kube-system");
          assertThat(s.secretName()).isEqualTo("bgp");
          assertThat(s.key()).isEqualTo("pw");
        });
    // An unpaired surrogate encoded in UTF-8 (CESU) is not UTF-8 either.
    assertThatThrownBy(() -> withData("pw", "7aCA").value("pw"))
        .isInstanceOf(SecretValueException.class);
  }

  @Test
  void stringDataWinsWithoutDecoding() {
    Secret s = new Secret(ObjectMeta.namespaced("kube-system", "bgp", Map.of()), null,
        Map.of("pw", "cHf/"), Map.of("pw", "plain"), "Opaque");
    assertThat(s.value("pw")).contains("plain");
  }
}
