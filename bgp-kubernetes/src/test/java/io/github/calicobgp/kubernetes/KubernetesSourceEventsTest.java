package io.github.calicobgp.kubernetes;

import static io.github.calicobgp.kubernetes.RecordingListener.await;

import io.github.calicobgp.kubernetes.mock.KddObjects;
import io.github.calicobgp.kubernetes.mock.MockApiServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each write on the API server becomes: one event per real change, of every kind the
 * source reads, on fabric8's mock API server in CRUD mode (the stand-in for a real one).
 */
class KubernetesSourceEventsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;
  private MockApiServer api;
  private KubernetesSource source;
  private RecordingListener listener;

  @BeforeEach
  void start() throws Exception {
    api = new MockApiServer();
    api.apply(KddObjects.node("node-1", "10.0.0.1", ""));
    listener = new RecordingListener(false);
    source = new KubernetesSource(api.config(dir));
    source.start(listener);
    assertThat(await(() -> listener.inSyncCount == 1, WAIT)).isTrue();
  }

  @AfterEach
  void stop() {
    source.close();
    api.close();
  }

  private Map<ResourceKey, Resource> state() {
    return KubernetesSourceTest.byKey(listener.resources());
  }

  private boolean has(ResourceKind kind, String name) {
    return state().containsKey(new ResourceKey(kind, kind == ResourceKind.SECRET ? "kube-system"
        : kind == ResourceKind.SERVICE || kind == ResourceKind.ENDPOINT_SLICE ? "default" : "", name));
  }

  private Resource get(ResourceKind kind, String namespace, String name) {
    return state().get(new ResourceKey(kind, namespace, name));
  }

  @Test
  void everyCalicoKindAddedUpdatedAndDeletedGivesExactlyThoseChanges() throws Exception {
    String[][] objects = {
      {"BGPConfiguration", "default", "{asNumber: 64512}", "{asNumber: 64513}"},
      {"BGPPeer", "tor", "{peerIP: 10.0.0.254, asNumber: 65001}", "{peerIP: 10.0.0.254, asNumber: 65002}"},
      {"BGPFilter", "f", "{exportV4: [{action: Reject, matchOperator: In, cidr: 10.1.0.0/16}]}",
          "{exportV4: [{action: Accept, matchOperator: In, cidr: 10.1.0.0/16}]}"},
      {"IPPool", "pool", "{cidr: 10.244.0.0/16}", "{cidr: 10.244.0.0/16, disabled: true}"},
      {"BlockAffinity", "node-1-10-244-0-0-26",
          "{node: node-1, cidr: 10.244.0.0/26, state: confirmed, deleted: \"false\"}",
          "{node: node-1, cidr: 10.244.0.0/26, state: pending, deleted: \"false\"}"},
    };
    for (String[] o : objects) {
      ResourceKind kind = ResourceKind.byKind(o[0]).orElseThrow();
      api.apply(KddObjects.crd(o[0], o[1], o[2]));
      assertThat(await(() -> has(kind, o[1]), WAIT)).as(o[0]).isTrue();
      Resource first = get(kind, "", o[1]);
      api.apply(KddObjects.crd(o[0], o[1], o[3]));
      assertThat(await(() -> !first.equals(get(kind, "", o[1])), WAIT)).as(o[0]).isTrue();
      api.delete(KddObjects.crd(o[0], o[1], o[3]));
      assertThat(await(() -> !has(kind, o[1]), WAIT)).as(o[0]).isTrue();
    }
    // Nodes: the Calico Node Calico makes of a Kubernetes Node.
    api.apply(KddObjects.node("node-2", "10.0.0.2", ""));
    assertThat(await(() -> has(ResourceKind.NODE, "node-2"), WAIT)).isTrue();
    api.apply(KddObjects.node("node-2", "10.0.0.2", ", projectcalico.org/ASNumber: \"65010\""));
    assertThat(await(() -> ((Node) get(ResourceKind.NODE, "", "node-2")).spec().bgp() != null
        && String.valueOf(((Node) get(ResourceKind.NODE, "", "node-2")).spec().bgp().asNumber())
            .equals("65010"), WAIT)).isTrue();
    api.delete(KddObjects.node("node-2", "10.0.0.2", ""));
    assertThat(await(() -> !has(ResourceKind.NODE, "node-2"), WAIT)).isTrue();

    List<ResourceEvent> events = KubernetesSourceTest.flatten(listener.batches);
    // Three events per custom resource, three for the node, one for node-1 at the start.
    assertThat(events).hasSize(objects.length * 3 + 3 + 1);
    assertThat(listener.problems).isEmpty();
  }

  @Test
  void aPasswordSecretIsWatchedWhileABgpPeerRefersToIt() throws Exception {
    api.apply(KddObjects.secret("pw", "first"));
    api.apply(KddObjects.secret("unrelated", "x"));
    api.apply(KddObjects.peer("tor", "10.0.0.254", 65001, "pw"));
    assertThat(await(() -> has(ResourceKind.SECRET, "pw"), WAIT)).isTrue();
    assertThat(password("pw")).isEqualTo("first");
    api.apply(KddObjects.secret("pw", "second"));
    assertThat(await(() -> "second".equals(password("pw")), WAIT)).isTrue();
    // A Secret created after the BGPPeer that names it.
    api.apply(KddObjects.peer("tor-2", "10.0.0.253", 65002, "late"));
    api.apply(KddObjects.secret("late", "l8"));
    assertThat(await(() -> has(ResourceKind.SECRET, "late"), WAIT)).isTrue();
    // No BGPPeer names it any more: no longer watched, gone from the state.
    api.apply(KddObjects.peer("tor", "10.0.0.254", 65001, null));
    assertThat(await(() -> !has(ResourceKind.SECRET, "pw"), WAIT)).isTrue();
    api.delete(KddObjects.secret("late", ""));
    assertThat(await(() -> !has(ResourceKind.SECRET, "late"), WAIT)).isTrue();
    assertThat(has(ResourceKind.SECRET, "unrelated")).isFalse();
    assertThat(((BGPPeer) get(ResourceKind.BGP_PEER, "", "tor")).spec().password()).isNull();
    assertThat(listener.problems).isEmpty();
  }

  @Test
  void servicesAndEndpointSlicesAreWatchedOnceTheDefaultConfigurationAdvertisesServices()
      throws Exception {
    api.apply(KddObjects.service("web", "203.0.113.5"));
    api.apply(KddObjects.endpointSlice("web", "node-1"));
    api.apply(KddObjects.crd("BGPConfiguration", "default", "{asNumber: 64512}"));
    assertThat(await(() -> has(ResourceKind.BGP_CONFIGURATION, "default"), WAIT)).isTrue();
    Thread.sleep(500);
    assertThat(has(ResourceKind.SERVICE, "web")).isFalse();
    api.apply(KddObjects.crd("BGPConfiguration", "default",
        "{asNumber: 64512, serviceExternalIPs: [{cidr: 203.0.113.0/24}]}"));
    assertThat(await(() -> has(ResourceKind.SERVICE, "web")
        && has(ResourceKind.ENDPOINT_SLICE, "web-1"), WAIT)).isTrue();
    api.apply(KddObjects.endpointSlice("web", "node-2"));
    assertThat(await(() -> get(ResourceKind.ENDPOINT_SLICE, "default", "web-1").toString()
        .contains("node-2"), WAIT)).isTrue();
    api.delete(KddObjects.service("web", ""));
    assertThat(await(() -> !has(ResourceKind.SERVICE, "web"), WAIT)).isTrue();
  }

  @Test
  void anInvalidCustomResourceIsReportedAndTreatedAsAbsentWhileTheRestStays() throws Exception {
    api.apply(KddObjects.peer("good", "10.0.0.250", 65001, null));
    api.apply(KddObjects.crd("BGPPeer", "bad", "{peerIP: 10.0.0.251, asNumber: not-a-number}"));
    assertThat(await(() -> has(ResourceKind.BGP_PEER, "good")
        && !listener.undecodable.isEmpty(), WAIT)).isTrue();
    assertThat(listener.undecodable).singleElement().asString()
        .startsWith("BGPPeer/bad: ").contains("spec.asNumber");
    assertThat(has(ResourceKind.BGP_PEER, "bad")).isFalse();
    // Fixed: it arrives.
    api.apply(KddObjects.peer("bad", "10.0.0.251", 65002, null));
    assertThat(await(() -> has(ResourceKind.BGP_PEER, "bad"), WAIT)).isTrue();
    // Broken again: it goes, as Calico's conversion drops it; the stream goes on.
    api.apply(KddObjects.crd("BGPPeer", "bad", "{peerIP: 10.0.0.251, unknownField: 1}"));
    assertThat(await(() -> !has(ResourceKind.BGP_PEER, "bad"), WAIT)).isTrue();
    assertThat(listener.undecodable).hasSize(2);
    api.apply(KddObjects.node("node-3", "10.0.0.3", ""));
    assertThat(await(() -> has(ResourceKind.NODE, "node-3"), WAIT)).isTrue();
    assertThat(has(ResourceKind.BGP_PEER, "good")).isTrue();
    assertThat(listener.problems).isEmpty();
  }

  private String password(String secret) {
    Resource r = get(ResourceKind.SECRET, "kube-system", secret);
    return r == null ? null : ((Secret) r).value("password").orElse(null);
  }
}
