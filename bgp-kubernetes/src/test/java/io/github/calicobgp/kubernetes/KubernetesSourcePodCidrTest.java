package io.github.calicobgp.kubernetes;

import static io.github.calicobgp.kubernetes.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ReadOptions;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.PeeringEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code USE_POD_CIDR} one Kubernetes Node is several Calico resources, the Node and one
 * BlockAffinity per pod CIDR: the source follows each of them, and its state renders as the same
 * objects read from a file with {@code --use-pod-cidr}.
 */
class KubernetesSourcePodCidrTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ReadOptions POD_CIDR = ReadOptions.DEFAULT.withUsePodCIDR(true);

  @TempDir Path dir;
  private MockApiServer api;
  private KubernetesSource source;
  private RecordingListener listener;

  @BeforeEach
  void start() throws Exception {
    api = new MockApiServer();
    api.apply(KddObjects.crd("IPPool", "pool", "{cidr: 10.244.0.0/16, natOutgoing: true}"));
    api.apply(node("node-1", "10.0.0.1", "10.244.1.0/24"));
    api.apply(node("node-2", "10.0.0.2", "10.244.2.0/24"));
    listener = new RecordingListener(true);
    source = new KubernetesSource(api.config(dir),
        KubernetesSettings.defaults().withUsePodCIDR(true));
    source.start(listener);
    assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
  }

  @AfterEach
  void stop() {
    source.close();
    api.close();
  }

  private static String node(String name, String ip, String... podCidrs) {
    String cidrs = String.join(", ", podCidrs);
    return KddObjects.node(name, ip, "") + (podCidrs.length == 0 ? ""
        : "spec: {podCIDR: " + podCidrs[0] + ", podCIDRs: [" + cidrs + "]}\n");
  }

  /** The affinities the source delivered, node by node. */
  private Map<String, List<String>> affinities() {
    Map<String, List<String>> out = new TreeMap<>();
    for (Resource r : listener.resources()) {
      if (r instanceof BlockAffinity a) {
        out.computeIfAbsent(a.spec().node(), n -> new java.util.ArrayList<>())
            .add(a.spec().cidr());
      }
    }
    return out;
  }

  /** Every node's BIRD files from the source's state and from the same objects in a file. */
  private void assertRendersAsTheFile() {
    PeeringEngine engine = new PeeringEngine();
    BirdRenderer renderer = new BirdRenderer();
    List<Resource> file = Manifests.read(api.dump(), "dump.yaml", POD_CIDR).all();
    assertThat(KubernetesSourceTest.byKey(listener.resources()))
        .isEqualTo(KubernetesSourceTest.byKey(file));
    Map<String, BirdConfig> live = new TreeMap<>();
    for (NodePlan plan : listener.state.plan().nodes()) {
      live.put(plan.nodeName(), renderer.render(plan));
    }
    Map<String, BirdConfig> expected = new TreeMap<>();
    for (NodePlan plan : engine.planAll(ClusterSnapshot.of(file)).nodes()) {
      expected.put(plan.nodeName(), renderer.render(plan));
    }
    assertThat(live).isEqualTo(expected);
  }

  @Test
  void aNodeWithPodCidrsIsTheNodeAndOneConfirmedAffinityPerCidrRenderedAsFromAFile() {
    assertThat(affinities()).isEqualTo(Map.of(
        "node-1", List.of("10.244.1.0/24"), "node-2", List.of("10.244.2.0/24")));
    assertThat(listener.resources()).filteredOn(r -> r instanceof BlockAffinity)
        .allSatisfy(r -> assertThat(((BlockAffinity) r).spec().state()).isEqualTo("confirmed"));
    assertThat(listener.undecodable).isEmpty();
    assertRendersAsTheFile();
    BirdConfig node1 = new BirdRenderer().render(listener.state.plan().node("node-1").orElseThrow());
    assertThat(node1.file("bird_aggr.cfg")).contains("route 10.244.1.0/24 blackhole;")
        .doesNotContain("10.244.2.0/24");
  }

  @Test
  void aChangedPodCidrReplacesItsAffinityAndARemovedOneDeletesIt() throws Exception {
    api.apply(node("node-1", "10.0.0.1", "10.244.3.0/24", "10.244.4.0/24"));
    assertThat(await(() -> affinities().getOrDefault("node-1", List.of()).size() == 2, WAIT))
        .isTrue();
    assertThat(affinities().get("node-1"))
        .containsExactlyInAnyOrder("10.244.3.0/24", "10.244.4.0/24");
    assertRendersAsTheFile();

    api.apply(node("node-1", "10.0.0.1"));
    assertThat(await(() -> !affinities().containsKey("node-1"), WAIT)).isTrue();
    assertThat(listener.resources()).extracting(r -> r.kind() + "/" + r.metadata().nameOrEmpty())
        .contains("Node/node-1");
    assertRendersAsTheFile();
    assertThat(listener.problems).isEmpty();
  }

  @Test
  void aDeletedNodeDeletesItsAffinitiesWithIt() throws Exception {
    api.delete(node("node-2", "10.0.0.2"));
    assertThat(await(() -> !affinities().containsKey("node-2"), WAIT)).isTrue();
    assertThat(listener.resources()).noneMatch(r -> r.resourceKind() == ResourceKind.NODE
        && r.metadata().nameOrEmpty().equals("node-2"));
    assertRendersAsTheFile();
    assertThat(listener.problems).isEmpty();
  }
}
