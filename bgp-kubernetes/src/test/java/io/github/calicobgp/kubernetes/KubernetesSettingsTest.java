package io.github.calicobgp.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

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
}
