package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.nodeConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each datastore stores for a resource written without its optional fields. */
class StoredFormTest {

  private static Service bare(String type, String clusterIP) {
    Service.Spec spec = new Service.Spec(null, null, clusterIP, null, type, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    return new Service(ObjectMeta.namespaced("default", "svc", Map.of()), spec, null);
  }

  private static Service.Spec stored(Service service) {
    return ((Service) StoredForm.of(service, Datastore.KUBERNETES)).spec();
  }

  @Test
  void kubernetesStoresTheCrdDefaultLogLevelOnEveryBGPConfiguration() {
    BGPConfiguration perNode = nodeConfig("n1", c -> c.listenPort(1790));
    BGPConfiguration kdd = (BGPConfiguration) StoredForm.of(perNode, Datastore.KUBERNETES);
    assertThat(kdd.spec().logSeverityScreen()).isEqualTo("Info");
    assertThat(StoredForm.of(perNode, Datastore.ETCD)).isSameAs(perNode);
  }

  @Test
  void aResourceAlreadyInItsStoredFormIsReturnedItself() {
    BGPConfiguration complete = defaultConfig(
        c -> c.logSeverityScreen("Info").serviceLoadBalancerAggregation("Enabled"));
    assertThat(StoredForm.of(complete, Datastore.KUBERNETES)).isSameAs(complete);
  }

  @Test
  void etcdDropsAnEmptyPrefixAdvertisementListAndKubernetesKeepsIt() {
    BGPConfiguration empty = nodeConfig("n1", c -> c.prefixAdvertisements(List.of()));
    BGPConfiguration etcd = (BGPConfiguration) StoredForm.of(empty, Datastore.ETCD);
    assertThat(etcd.spec().prefixAdvertisements()).isNull();
    BGPConfiguration kdd = (BGPConfiguration) StoredForm.of(empty, Datastore.KUBERNETES);
    assertThat(kdd.spec().prefixAdvertisements()).isEmpty();
  }

  @Test
  void aLoadBalancerOrNodePortServiceWithoutPolicyIsStoredWithPolicyCluster() {
    assertThat(stored(bare("LoadBalancer", "10.96.0.1")).externalTrafficPolicy())
        .isEqualTo("Cluster");
    assertThat(stored(bare("NodePort", "10.96.0.1")).externalTrafficPolicy())
        .isEqualTo("Cluster");
    assertThat(stored(bare("ClusterIP", "10.96.0.1")).externalTrafficPolicy()).isNull();
  }

  @Test
  void aServiceWithoutTypeIsAClusterIPServiceWithItsClusterIPsAndFamilies() {
    Service.Spec spec = stored(bare(null, "fd00:96::1"));
    assertThat(spec.type()).isEqualTo("ClusterIP");
    assertThat(spec.clusterIPs()).containsExactly("fd00:96::1");
    assertThat(spec.ipFamilies()).containsExactly("IPv6");
    Service.Spec headless = stored(bare("ClusterIP", "None"));
    assertThat(headless.clusterIPs()).isEmpty();
    assertThat(headless.ipFamilies()).isEmpty();
  }

  @Test
  void servicesGetKubernetesDefaultsWhateverTheCalicoDatastore() {
    Resource lb = bare("LoadBalancer", "10.96.0.1");
    assertThat(((Service) StoredForm.of(lb, Datastore.ETCD)).spec().externalTrafficPolicy())
        .isEqualTo("Cluster");
  }

  @Test
  void datastoresAreNamedAsCalicoNodeNamesThem() {
    assertThat(Datastore.parse("Kubernetes")).isEqualTo(Datastore.KUBERNETES);
    assertThat(Datastore.parse("etcdv3")).isEqualTo(Datastore.ETCD);
    assertThatThrownBy(() -> Datastore.parse("consul"))
        .hasMessageContaining("expected etcdv3 or kubernetes");
  }
}
