package io.github.calicobgp.etcd;

import static io.github.calicobgp.etcd.RecordingListener.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The source against a real etcd: list, watch, bad values, compaction, a cut connection. */
class EtcdSourceTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static EtcdServer etcd;
  private static EtcdTestClient writer;

  @BeforeAll
  static void startEtcd() {
    etcd = EtcdServer.startOrSkip();
    writer = new EtcdTestClient(etcd.endpoint());
  }

  @AfterAll
  static void stopEtcd() {
    if (writer != null) {
      writer.close();
    }
    if (etcd != null) {
      etcd.close();
    }
  }

  @BeforeEach
  void empty() throws Exception {
    for (Resource r : writer.readAll()) {
      writer.delete(r);
    }
    for (String key : List.of(BAD_PEER, UNKNOWN_KIND, IPAM_BLOCK)) {
      writer.delete(key);
    }
  }

  private static final String BAD_PEER = "/calico/resources/v3/projectcalico.org/bgppeers/bad";
  private static final String UNKNOWN_KIND =
      "/calico/resources/v3/projectcalico.org/felixconfigurations/default";
  private static final String IPAM_BLOCK = "/calico/ipam/v2/assignment/ipv4/block/10.244.1.0-26";

  private static List<Resource> cluster() {
    return CalicoCluster.builder().nodes(4).routeReflectors(2).build().resources().all();
  }

  @Test
  void listsThenWatchesIntoTheSameStateAsAFromScratchRead() throws Exception {
    List<Resource> resources = cluster();
    for (Resource r : resources.subList(0, resources.size() - 2)) {
      writer.put(r);
    }
    RecordingListener listener = new RecordingListener(true);
    try (EtcdSource source = new EtcdSource(EtcdTestClient.config(etcd.endpoint()))) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      assertThat(listener.resources()).containsExactlyInAnyOrderElementsOf(writer.readAll());
      assertThat(listener.batches).hasSize(1);

      for (Resource r : resources.subList(resources.size() - 2, resources.size())) {
        writer.put(r);
      }
      writer.delete(resources.get(0));
      List<Resource> expected = writer.readAll();
      assertThat(await(() -> sameResources(listener.resources(), expected), WAIT)).isTrue();
      assertThat(listener.problems).isEmpty();
      assertThat(listener.connections).startsWith(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
    }
    assertThat(listener.connections).endsWith(ConnectionState.CLOSED);
  }

  @Test
  void malformedValuesAreReportedAndAbsentAndUnknownKeysAreIgnoredQuietly() throws Exception {
    List<Resource> resources = cluster();
    for (Resource r : resources) {
      writer.put(r);
    }
    writer.put(BAD_PEER, "{not json");
    writer.put(UNKNOWN_KIND, "{\"whatever\": true}");
    writer.put(IPAM_BLOCK, "garbage");
    RecordingListener listener = new RecordingListener(true);
    try (EtcdSource source = new EtcdSource(EtcdTestClient.config(etcd.endpoint()))) {
      source.start(listener);
      assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
      List<Resource> expected = writer.readAll();
      assertThat(expected).hasSize(resources.size());
      assertThat(listener.resources()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(listener.undecodable).containsExactly(BAD_PEER);

      // A good resource overwritten by a bad value disappears, and comes back when fixed.
      Resource node = resources.stream().filter(r -> r.kind().equals("Node")).findFirst().orElseThrow();
      String nodeKey = io.github.calicobgp.api.etcd.EtcdLayout.keyOf(node);
      writer.put(nodeKey, "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"Node\","
          + "\"metadata\":{\"name\":\"" + node.metadata().name() + "\"},\"spec\":{\"nope\":1}}");
      assertThat(await(() -> !listener.resources().contains(node), WAIT)).isTrue();
      assertThat(listener.undecodable).containsExactly(BAD_PEER, nodeKey);
      writer.put(UNKNOWN_KIND, "still ignored");
      writer.put(node);
      assertThat(await(() -> listener.resources().contains(node), WAIT)).isTrue();
      assertThat(listener.resources()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(listener.problems).isEmpty();
    }
  }

  @Test
  void aCompactedWatchRevisionRelistsAndDeliversOnlyTheDifference() throws Exception {
    List<Resource> resources = cluster();
    for (Resource r : resources) {
      writer.put(r);
    }
    int port = URI.create(etcd.endpoint()).getPort();
    try (TcpProxy proxy = new TcpProxy(port)) {
      RecordingListener listener = new RecordingListener(true);
      EtcdSettings fast = new EtcdSettings(1000, 1000, 64, Duration.ofMillis(50),
          Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(200));
      try (EtcdSource source = new EtcdSource(EtcdTestClient.config(proxy.endpoint()), fast)) {
        source.start(listener);
        assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
        int batchesBefore = listener.batches.size();

        proxy.cut();
        assertThat(await(() -> listener.connections.contains(ConnectionState.DISCONNECTED), WAIT))
            .isTrue();
        // Meanwhile: one resource deleted, one changed, one added, then history compacted.
        Resource deleted = resources.get(resources.size() - 1);
        writer.delete(deleted);
        Resource changed = relabelled(resources.stream()
            .filter(r -> r.kind().equals("Node")).findFirst().orElseThrow());
        writer.put(changed);
        Resource added = Manifests.read("apiVersion: projectcalico.org/v3\nkind: BGPPeer\n"
            + "metadata: {name: added}\nspec: {peerIP: 10.9.9.9, asNumber: 65009}\n", "a").all().get(0);
        writer.put(added);
        writer.compact(writer.revision());
        proxy.restore();

        assertThat(await(() -> listener.inSyncCount == 2, WAIT)).isTrue();
        List<List<ResourceEvent>> relist = listener.batches.subList(batchesBefore, listener.batches.size());
        assertThat(relist).hasSize(1);
        assertThat(relist.get(0)).containsExactlyInAnyOrder(
            ResourceEvent.upsert(changed), ResourceEvent.upsert(added),
            ResourceEvent.delete(ResourceKey.of(deleted)));
        assertThat(listener.resources()).containsExactlyInAnyOrderElementsOf(writer.readAll());
        assertThat(listener.problems).isEmpty();
        assertThat(listener.connections).containsSubsequence(
            ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
        // The state never shrank to nothing on the way.
        assertThat(listener.sizesSeen.subList(1, listener.sizesSeen.size())).allMatch(n -> n > 0);
      }
    }
  }

  static Resource relabelled(Resource node) {
    String yaml = Manifests.toYaml(node).replace("labels:", "labels:\n    changed: \"yes\"");
    if (!yaml.contains("changed")) {
      yaml = yaml.replace("metadata:", "metadata:\n  labels:\n    changed: \"yes\"");
    }
    return Manifests.read(yaml, "relabelled").all().get(0);
  }

  static boolean sameResources(List<Resource> a, List<Resource> b) {
    return a.size() == b.size() && new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b));
  }

  static List<Resource> copy(List<Resource> list) {
    return new ArrayList<>(list);
  }
}
