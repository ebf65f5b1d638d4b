package io.github.calicobgp.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** calico-node's environment, read as calico-node reads it. */
class KubernetesSettingsTest {

  @Test
  void withoutVariablesTheSecretsAreInKubeSystemWithCalicoIpam() {
    KubernetesSettings settings = KubernetesSettings.fromEnvironment(Map.of());
    assertThat(settings).isEqualTo(KubernetesSettings.defaults());
    assertThat(settings.secretNamespace()).isEqualTo("kube-system");
    assertThat(settings.usePodCIDR()).isFalse();
    assertThat(settings.alwaysWatchServices()).isFalse();
  }

  @Test
  void namespacePodCidrAndClusterIpsComeFromCalicoNodesVariables() {
    KubernetesSettings settings = KubernetesSettings.fromEnvironment(Map.of(
        "NAMESPACE", "calico-system", "USE_POD_CIDR", "True",
        "CALICO_ADVERTISE_CLUSTER_IPS", "10.96.0.0/12", "CALICO_API_GROUP", "projectcalico.org/v3"));
    assertThat(settings.secretNamespace()).isEqualTo("calico-system");
    assertThat(settings.usePodCIDR()).isTrue();
    assertThat(settings.alwaysWatchServices()).isTrue();
    assertThat(settings.apiGroup()).isEqualTo("projectcalico.org/v3");
  }

  @Test
  void usePodCidrIsABooleanAsGoParsesItAndTheCalicoPrefixWins() {
    assertThat(KubernetesSettings.fromEnvironment(Map.of("USE_POD_CIDR", "yes")).usePodCIDR())
        .isFalse();
    assertThat(KubernetesSettings.fromEnvironment(Map.of("USE_POD_CIDR", "1")).usePodCIDR())
        .isTrue();
    assertThat(KubernetesSettings.fromEnvironment(
        Map.of("USE_POD_CIDR", "true", "CALICO_USE_POD_CIDR", "false")).usePodCIDR()).isFalse();
  }

  @Test
  void retriesAndTimeoutsAreFabric8sUnlessShortenedAndMustBePositive() {
    KubernetesSettings settings = KubernetesSettings.defaults();
    assertThat(settings.reconnectInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    KubernetesSettings quick = settings.withRetries(Duration.ofMillis(100), Duration.ofMillis(50))
        .withConnectTimeout(Duration.ofSeconds(3));
    assertThat(quick.connectionCheck()).isEqualTo(Duration.ofMillis(100));
    assertThat(quick.reconnectInterval()).isEqualTo(Duration.ofMillis(50));
    assertThat(quick.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(quick.withSecretNamespace("x").connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThatThrownBy(() -> settings.withConnectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout must be positive");
  }
}
