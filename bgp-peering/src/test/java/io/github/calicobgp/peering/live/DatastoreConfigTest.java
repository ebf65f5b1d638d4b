package io.github.calicobgp.peering.live;

import io.github.calicobgp.peering.Datastore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatastoreConfigTest {

  @Test
  void withNothingSetItIsCalicosDefaultEtcd() {
    DatastoreConfig c = DatastoreConfig.fromEnvironment(Map.of());
    assertThat(c.type()).isEqualTo(Datastore.ETCD);
    assertThat(c.etcdEndpoints()).containsExactly("http://127.0.0.1:2379");
    assertThat(c.kubeconfig()).isNull();
  }

  @Test
  void readsCalicoctlsVariablesWithTheCalicoPrefixWinning() {
    DatastoreConfig c = DatastoreConfig.fromEnvironment(Map.of(
        "DATASTORE_TYPE", "etcdv3",
        "ETCD_ENDPOINTS", "http://a:2379, http://b:2379,",
        "CALICO_ETCD_CA_CERT_FILE", "/ca.pem",
        "ETCD_CA_CERT_FILE", "/other.pem",
        "ETCD_CERT_FILE", "/c.pem",
        "ETCD_KEY_FILE", "/k.pem",
        "ETCD_USERNAME", "u",
        "ETCD_PASSWORD", "secret",
        "KUBECONFIG", ""));
    assertThat(c).isEqualTo(new DatastoreConfig(Datastore.ETCD,
        List.of("http://a:2379", "http://b:2379"), Path.of("/ca.pem"), Path.of("/c.pem"),
        Path.of("/k.pem"), "u", "secret", null));
    assertThat(c.toString()).isEqualTo("etcd http://a:2379,http://b:2379").doesNotContain("secret");
    DatastoreConfig k = DatastoreConfig.fromEnvironment(
        Map.of("CALICO_DATASTORE_TYPE", "Kubernetes", "KUBECONFIG", "/kc"));
    assertThat(k.type()).isEqualTo(Datastore.KUBERNETES);
    assertThat(k.kubeconfig()).isEqualTo(Path.of("/kc"));
    assertThat(k.toString()).isEqualTo("kubernetes (/kc)");
  }

  @Test
  void anUnknownTypeIsRefusedByName() {
    assertThatThrownBy(() -> DatastoreConfig.fromEnvironment(Map.of("DATASTORE_TYPE", "consul")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown datastore type \"consul\" (expected etcdv3 or kubernetes)");
  }
}
