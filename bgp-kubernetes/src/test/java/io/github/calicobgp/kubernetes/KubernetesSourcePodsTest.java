package io.github.calicobgp.kubernetes;

import static io.github.calicobgp.kubernetes.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pods become the WorkloadEndpoints a BGPPeer's {@code localWorkloadSelector} peers with, read
 * only while such a BGPPeer exists, on fabric8's mock API server in CRUD mode.
 */
class KubernetesSourcePodsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String WORKLOAD_PEER =
      KddObjects.crd("BGPPeer", "workloads", "{localWorkloadSelector: app == 'bird', asNumber: 65010}");
  private static final String SPEAKER = pod("speaker", "node-1", false, "10.244.1.7");
  private static final String SPEAKER_ENDPOINT = "node--1-k8s-speaker-eth0";

  @TempDir Path dir;
  private MockApiServer api;
  private KubernetesSource source;
  private RecordingListener listener;

  @BeforeEach
  void start() throws Exception {
    api = new MockApiServer();
    api.apply(KddObjects.node("node-1", "10.0.0.1", ""));
    api.apply(KddObjects.node("node-2", "10.0.0.2", ""));
    api.apply(KddObjects.crd("BGPConfiguration", "default", "{asNumber: 64512}"));
  }

  @AfterEach
  void stop() {
    if (source != null) {
      source.close();
    }
    api.close();
  }

  private void startSource() throws Exception {
    listener = new RecordingListener(true);
    source = new KubernetesSource(api.config(dir));
    source.start(listener);
    assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
  }

  /** A Pod labelled {@code app: bird}; its address in Calico's CNI annotation. */
  private static String pod(String name, String node, boolean hostNetwork, String ip) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: %s
          namespace: default
          labels: {app: bird}
          annotations: {cni.projectcalico.org/podIP: "%s"}
        spec:
          nodeName: %s
          hostNetwork: %s
          containers: [{name: bird, image: bird}]
        """.formatted(name, ip, node, hostNetwork);
  }

  private List<String> endpoints() {
    return listener.resources().stream().filter(r -> r instanceof WorkloadEndpoint)
        .map(r -> r.metadata().nameOrEmpty()).sorted().toList();
  }

  private String birdOf(String node) {
    return new BirdRenderer().render(listener.state.plan().node(node).orElseThrow())
        .file("bird.cfg");
  }

  /** The source's plans equal those of the same objects (the Pods among them) read from a file. */
  private void assertPlansAsTheFile() {
    StringBuilder pods = new StringBuilder();
    for (var pod : api.client().pods().inAnyNamespace().list().getItems()) {
      pods.append("---\n").append(api.client().getKubernetesSerialization().asYaml(pod));
    }
    List<Resource> file = Manifests.read(api.dump() + pods, "dump.yaml").all();
    assertThat(KubernetesSourceTest.byKey(listener.resources()))
        .isEqualTo(KubernetesSourceTest.byKey(file));
    assertThat(listener.state.plan().nodes())
        .isEqualTo(new PeeringEngine().planAll(ClusterSnapshot.of(file)).nodes());
  }

  @Test
  void aPodMatchingALocalWorkloadSelectorIsAWorkloadPeerUntilItIsDeleted() throws Exception {
    api.apply(WORKLOAD_PEER);
    api.apply(SPEAKER);
    startSource();
    assertThat(endpoints()).containsExactly(SPEAKER_ENDPOINT);
    assertThat(birdOf("node-1")).contains("10.244.1.7");
    assertThat(birdOf("node-2")).doesNotContain("10.244.1.7");
    assertPlansAsTheFile();

    api.delete(SPEAKER);
    assertThat(await(() -> endpoints().isEmpty(), WAIT)).isTrue();
    assertThat(birdOf("node-1")).doesNotContain("10.244.1.7");
    assertPlansAsTheFile();
    assertThat(listener.problems).isEmpty();
  }

  @Test
  void podsAreReadOnlyWhileABGPPeerHasALocalWorkloadSelector() throws Exception {
    api.apply(SPEAKER);
    startSource();
    assertThat(endpoints()).isEmpty();

    api.apply(WORKLOAD_PEER);
    assertThat(await(() -> endpoints().equals(List.of(SPEAKER_ENDPOINT)), WAIT)).isTrue();
    assertThat(await(() -> birdOf("node-1").contains("10.244.1.7"), WAIT)).isTrue();

    api.delete(WORKLOAD_PEER);
    assertThat(await(() -> endpoints().isEmpty(), WAIT)).isTrue();
    assertThat(listener.problems).isEmpty();
  }

  @Test
  void aHostNetworkPodIsNoEndpointAndAPodThatDoesNotConvertIsSkippedWithAWarning()
      throws Exception {
    api.apply(WORKLOAD_PEER);
    startSource();
    api.apply(pod("host", "node-1", true, "10.0.0.1"));
    api.apply(pod("broken", "node-1", false, "10.244.1.300"));
    // The last write: once its endpoint is in, the two before it have been handled.
    api.apply(pod("later", "node-2", false, "10.244.2.9"));
    assertThat(await(() -> endpoints().contains("node--2-k8s-later-eth0"), WAIT)).isTrue();
    assertThat(endpoints()).containsExactly("node--2-k8s-later-eth0");
    assertThat(listener.undecodable).singleElement().asString()
        .startsWith("Pod/default/broken: ").contains("10.244.1.300");
    assertThat(birdOf("node-1")).doesNotContain("10.0.0.1 as");
    assertThat(birdOf("node-2")).contains("10.244.2.9");
    assertThat(listener.problems).isEmpty();
  }
}
