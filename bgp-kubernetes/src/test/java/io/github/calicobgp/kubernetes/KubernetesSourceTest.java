package io.github.calicobgp.kubernetes;

import static io.github.calicobgp.kubernetes.RecordingListener.await;

import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.KubectlDump;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KubernetesSource} against fabric8's mock API server in CRUD mode (the stand-in for a
 * real API server: none can be installed here).
 */
class KubernetesSourceTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;
  private MockApiServer api;

  @BeforeEach
  void startServer() {
    api = new MockApiServer();
  }

  @AfterEach
  void stopServer() {
    api.close();
  }

  /** Three nodes peering with a top-of-rack router with a password, a Service advertised. */
  static String cluster() {
    CalicoCluster cluster = CalicoCluster.builder().nodes(3).racks(1).torPassword("s3cret")
        .bgpConfiguration(b -> b.addServiceExternalIP("203.0.113.0/24"))
        .build();
    List<Resource> all = new ArrayList<>(cluster.resources().all());
    all.addAll(Manifests.read("""
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: default}
        spec:
          type: LoadBalancer
          clusterIP: 10.96.0.10
          externalIPs: [203.0.113.5]
          externalTrafficPolicy: Local
          ports: [{port: 80}]
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
          namespace: default
          labels: {kubernetes.io/service-name: web}
        addressType: IPv4
        endpoints:
        - addresses: [10.244.0.5]
          nodeName: node-2
        """, "services").all());
    return KubectlDump.of(all).toYaml();
  }

  @Test
  void theInitialListIsOneInSyncStateEqualToReadingTheSameObjectsFromAFile() throws Exception {
    api.apply(cluster());
    RecordingListener listener = new RecordingListener(false);
    try (KubernetesSource source = new KubernetesSource(api.config(dir))) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      List<Resource> expected = Manifests.read(api.dump(), "dump.yaml").all();
      // In sync means everything: the Secret and the Services come from informers that start
      // only once the BGPPeers and the BGPConfiguration have been read.
      assertThat(byKey(listener.atFirstSync())).isEqualTo(byKey(expected));
      assertThat(listener.atFirstSync()).extracting(Resource::resourceKind)
          .contains(ResourceKind.SECRET, ResourceKind.SERVICE, ResourceKind.ENDPOINT_SLICE,
              ResourceKind.NODE, ResourceKind.BGP_PEER, ResourceKind.BGP_CONFIGURATION,
              ResourceKind.IP_POOL, ResourceKind.BLOCK_AFFINITY);
      assertThat(listener.problems).isEmpty();
      assertThat(listener.undecodable).isEmpty();
      assertThat(await(() -> listener.connections.contains(ConnectionState.CONNECTED), WAIT)).isTrue();
      assertThat(listener.connections.get(0)).isEqualTo(ConnectionState.CONNECTING);
      // The same plans as the cluster's own files.
      PeeringEngine engine = new PeeringEngine();
      assertThat(listener.state.plan().nodes()).isEqualTo(engine.planAll(
          ClusterSnapshot.of(Manifests.read(cluster(), "cluster.yaml").all())).nodes());
    }
  }

  @Test
  void anInvalidCustomResourceInTheInitialListIsReportedAndSkippedWhileTheRestIsInSync()
      throws Exception {
    api.apply(cluster());
    List<Resource> expected = Manifests.read(api.dump(), "dump.yaml").all();
    api.apply(KddObjects.crd("BGPPeer", "broken", "{peerIP: 10.9.9.9, asNumber: 1.2.3.4.5}"));
    RecordingListener listener = new RecordingListener(false);
    try (KubernetesSource source = new KubernetesSource(api.config(dir))) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      assertThat(byKey(listener.atFirstSync())).isEqualTo(byKey(expected));
      assertThat(listener.undecodable).singleElement().asString()
          .startsWith("BGPPeer/broken: spec.asNumber: ");
    }
  }

  @Test
  void whereCalicosV3CrdsAreInstalledTheSameKindsAreReadFromProjectcalicoOrgV3() throws Exception {
    api.apply(KddObjects.node("node-1", "10.0.0.1", ""));
    api.apply("""
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: {name: tor}
        spec: {peerIP: 10.0.0.254, asNumber: 65001}
        ---
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata: {name: default}
        spec: {asNumber: 64513}
        """);
    // Also a v1 object, which a cluster on v3 CRDs does not read.
    api.apply(KddObjects.peer("old", "10.0.0.253", 65002, null));
    RecordingListener listener = new RecordingListener(false);
    KubernetesSettings v3 = KubernetesSettings.defaults().withApiGroup("projectcalico.org/v3");
    try (KubernetesSource source = new KubernetesSource(api.config(dir), v3)) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      assertThat(listener.atFirstSync()).extracting(r -> r.kind() + "/" + r.metadata().nameOrEmpty())
          .containsExactlyInAnyOrder("Node/node-1", "BGPPeer/tor", "BGPConfiguration/default");
    }
  }

  @Test
  void anUnreachableServerIsReportedDisconnectedWithItsReasonAndNeverInSync() throws Exception {
    String url = api.url();
    api.close();
    RecordingListener listener = new RecordingListener(false);
    Path kubeconfig = api.kubeconfig(dir);
    try (KubernetesSource source = new KubernetesSource(DatastoreConfig.kubernetes(kubeconfig))) {
      source.start(listener);
      assertThat(await(() -> listener.connections.contains(ConnectionState.DISCONNECTED), WAIT))
          .isTrue();
      assertThat(source.lastError()).isPresent();
      assertThat(listener.inSyncCount).isZero();
      assertThat(source.description()).contains(url);
    }
    api = new MockApiServer();
  }

  static Map<ResourceKey, Resource> byKey(List<Resource> resources) {
    return resources.stream().collect(Collectors.toMap(ResourceKey::of, Function.identity()));
  }

  static List<ResourceEvent> flatten(List<List<ResourceEvent>> batches) {
    return batches.stream().flatMap(List::stream).toList();
  }
}
