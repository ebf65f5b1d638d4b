package io.github.calicobgp.api.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.manifest.SourceLocation;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.value.CIDR;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EtcdLayoutTest {

  private static final String CLUSTER = """
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: {name: default}
      spec: {asNumber: 64512, nodeToNodeMeshEnabled: false}
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPPeer
      metadata: {name: rr}
      spec: {nodeSelector: all(), peerSelector: has(rr)}
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPFilter
      metadata: {name: f}
      spec:
        exportV4: [{action: Accept, matchOperator: In, cidr: 10.0.0.0/8}]
      ---
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata: {name: node-1, labels: {rr: ""}}
      spec: {bgp: {ipv4Address: 10.0.0.1/24}}
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: {name: pool}
      spec: {cidr: 10.244.0.0/16}
      ---
      apiVersion: projectcalico.org/v3
      kind: WorkloadEndpoint
      metadata: {name: node--1-k8s-pod-eth0, namespace: ns}
      spec: {node: node-1, orchestrator: k8s, endpoint: eth0, interfaceName: cali1, ipNetworks: [10.244.0.5/32]}
      ---
      apiVersion: projectcalico.org/v3
      kind: BlockAffinity
      metadata: {name: node-1-10-244-0-0-26}
      spec: {state: confirmed, node: node-1, type: host, cidr: 10.244.0.0/26, deleted: false}
      ---
      apiVersion: projectcalico.org/v3
      kind: BlockAffinity
      metadata: {name: node-1-fd00-244---122}
      spec: {state: pending, node: node-1, type: host, cidr: "fd00:244::/122", deleted: false}
      """;

  private static List<Resource> cluster() {
    return Manifests.read(CLUSTER, "cluster.yaml").all();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyKindDecodesFromTheKeyAndValueCalicoStoresItUnder() {
    for (Resource r : cluster()) {
      EtcdValue v = EtcdLayout.decode(EtcdLayout.keyOf(r), EtcdLayout.valueOf(r));
      assertThat(v).as(r.displayName()).isInstanceOf(EtcdValue.Decoded.class);
      assertThat(((EtcdValue.Decoded) v).resource()).isEqualTo(r);
      assertThat(EtcdLayout.parseKey(EtcdLayout.keyOf(r))).contains(((EtcdValue.Decoded) v).key());
    }
  }

  @Test
  void keysFollowCalicosPaths() {
    List<String> keys = cluster().stream().map(EtcdLayout::keyOf).toList();
    assertThat(keys).containsExactly(
        "/calico/resources/v3/projectcalico.org/bgpconfigurations/default",
        "/calico/resources/v3/projectcalico.org/bgppeers/rr",
        "/calico/resources/v3/projectcalico.org/bgpfilters/f",
        "/calico/resources/v3/projectcalico.org/nodes/node-1",
        "/calico/resources/v3/projectcalico.org/ippools/pool",
        "/calico/resources/v3/projectcalico.org/workloadendpoints/ns/node--1-k8s-pod-eth0",
        "/calico/ipam/v2/host/node-1/ipv4/block/10.244.0.0-26",
        "/calico/ipam/v2/host/node-1/ipv6/block/fd00:244::-122");
  }

  @Test
  void blockAffinityTakesNodeAndCidrFromTheKeyAndStateFromTheValue() {
    EtcdValue v = EtcdLayout.decode("/calico/ipam/v2/host/worker-2/ipv4/block/10.1.2.64-26",
        utf8("{\"state\":\"pendingDeletion\",\"deleted\":true,\"extra\":[1]}"));
    BlockAffinity a = (BlockAffinity) ((EtcdValue.Decoded) v).resource();
    assertThat(a.metadata().name()).isEqualTo("worker-2-10-1-2-64-26");
    assertThat(a.spec()).isEqualTo(
        new BlockAffinity.Spec("pendingDeletion", "worker-2", "host", "10.1.2.64/26", true));
  }

  @Test
  void anEmptyBlockAffinityValueIsAnImplicitlyConfirmedAffinityAsCalicoUpgradesIt() {
    EtcdValue v = EtcdLayout.decode("/calico/ipam/v2/host/n/ipv4/block/10.1.2.0-26", new byte[0]);
    assertThat(((BlockAffinity) ((EtcdValue.Decoded) v).resource()).spec().state()).isEmpty();
  }

  @Test
  void longAffinityNamesAreShortenedWithAHashAsCalicoDoes() {
    String host = "h".repeat(260);
    String name = EtcdLayout.affinityName(host, CIDR.parse("10.0.0.0/26"));
    assertThat(name).hasSizeLessThan(253).endsWith(name.substring(name.length() - 12))
        .contains("-10-0-0-0-26-").matches(".*-[0-9a-f]{11}");
  }

  @Test
  void keysOfOtherKindsAndOtherPartsOfTheTreeAreIgnored() {
    for (String key : List.of(
        "/calico/resources/v3/projectcalico.org/felixconfigurations/default",
        "/calico/resources/v3/projectcalico.org/networkpolicies/ns/p",
        "/calico/resources/v3/projectcalico.org/blockaffinities/x",
        "/calico/resources/v3/projectcalico.org/bgppeers/ns/too-deep",
        "/calico/resources/v3/projectcalico.org/workloadendpoints/not-namespaced",
        "/calico/resources/v3/projectcalico.org/bgppeers/",
        "/calico/ipam/v2/assignment/ipv4/block/10.0.0.0-26",
        "/calico/ipam/v2/handle/k8s-pod-network.x",
        "/calico/ipam/v2/virtual/n/ipv4/block/10.0.0.0-26",
        "/calico/ipam/v2/host/n/ipv4/block/not-a-cidr",
        "/calico/ipam/v2/host/n/ipv4/other/10.0.0.0-26",
        "/calico/felix/v2/x/host/n/status",
        "/somewhere/else")) {
      assertThat(EtcdLayout.decode(key, utf8("garbage"))).as(key)
          .isEqualTo(new EtcdValue.Ignored(key));
      assertThat(EtcdLayout.parseKey(key)).as(key).isEmpty();
    }
  }

  @Test
  void valuesThatDoNotDecodeNameTheirResourceAndWhy() {
    String peer = "/calico/resources/v3/projectcalico.org/bgppeers/p";
    EtcdKey key = new EtcdKey(ResourceKind.BGP_PEER, "", "p");
    assertThat(EtcdLayout.decode(peer, utf8("{not json")))
        .isInstanceOfSatisfying(EtcdValue.Undecodable.class, u -> {
          assertThat(u.key()).isEqualTo(key);
          assertThat(u.etcdKey()).isEqualTo(peer);
        });
    assertThat(message(peer, "")).isEqualTo("empty value");
    assertThat(message(peer, "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"BGPPeer\","
        + "\"metadata\":{\"name\":\"p\"},\"spec\":{\"bogus\":1}}")).contains("bogus");
    assertThat(message(peer, "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"IPPool\","
        + "\"metadata\":{\"name\":\"p\"},\"spec\":{\"cidr\":\"10.0.0.0/8\"}}"))
        .isEqualTo("holds a IPPool where a BGPPeer belongs");
    assertThat(message(peer, "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"BGPPeer\","
        + "\"metadata\":{\"name\":\"q\"},\"spec\":{}}"))
        .isEqualTo("holds BGPPeer/q, which belongs under another key");
    // Calico unmarshals the value as JSON: YAML, or JSON that is no object, cannot be a resource.
    assertThat(message(peer, "kind: BGPPeer\napiVersion: projectcalico.org/v3\nmetadata:\n"
        + "  name: p\n")).isEqualTo("not a JSON object");
    assertThat(message(peer, "null")).isEqualTo("not a JSON object");
    assertThat(message(peer, "[]")).isEqualTo("not a JSON object");
    String aff = "/calico/ipam/v2/host/n/ipv4/block/10.0.0.0-26";
    assertThat(message(aff, "[]")).isEqualTo("not a JSON object");
    assertThat(message(aff, "{\"deleted\":\"false\"}")).isEqualTo("deleted: not a boolean");
    assertThat(message(aff, "{\"state\":1}")).isEqualTo("state: not a string");
    assertThat(message(aff, "{\"state\":")).startsWith("not JSON");
  }

  private static String message(String key, String value) {
    EtcdValue v = EtcdLayout.decode(key, utf8(value));
    assertThat(v).as(value).isInstanceOf(EtcdValue.Undecodable.class);
    return ((EtcdValue.Undecodable) v).message();
  }

  @Test
  void kubernetesKindsHaveNoEtcdKey() {
    Resource secret = Manifests.read(
        "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: kube-system}\n", "s.yaml")
        .all().get(0);
    assertThatThrownBy(() -> EtcdLayout.keyOf(secret))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bothDumpFormatsAreRecognisedAndReadBackAsTheSameResources() {
    List<Resource> resources = cluster();
    String plain = "/calico/resources/v3/projectcalico.org/felixconfigurations/default\n{}\n"
        + EtcdDump.toPlain(resources);
    String json = EtcdDump.toJson(resources, 42);
    assertThat(EtcdDump.isDump(plain)).isTrue();
    assertThat(EtcdDump.isDump(json)).isTrue();
    assertThat(EtcdDump.isDump(CLUSTER)).isFalse();
    assertThat(EtcdDump.isDump(Manifests.toJson(resources))).isFalse();
    assertThat(EtcdDump.read(plain, "dump.txt").all()).containsExactlyElementsOf(resources);
    assertThat(EtcdDump.read(json, "dump.json").all()).containsExactlyElementsOf(resources);
  }

  @Test
  void aDumpWithABadValueNamesTheDumpLineAndKey() {
    String plain = EtcdDump.toPlain(cluster().subList(0, 2))
        + "/calico/resources/v3/projectcalico.org/ippools/bad\n{\"kind\":\n";
    assertThatThrownBy(() -> EtcdDump.read(plain, "dump.txt"))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("dump.txt:5:1: /calico/resources/v3/projectcalico.org/ippools/bad: ");
    assertThatThrownBy(() -> EtcdDump.read("/calico/x\n1\nnot-a-key\n", "d"))
        .hasMessage("d:3:1: expected an etcd key (a line starting with /), found \"not-a-key\"");
    assertThatThrownBy(() -> EtcdDump.read("{\"header\":{},\"kvs\":[{\"key\":\"%%\"}]}", "d.json"))
        .hasMessageStartingWith("d.json:1:1: kvs: key or value is not base64");
  }

  @Test
  void theResourcesOfADumpAreLocatedAtTheLineOfTheirKeyOrValue() {
    List<Resource> resources = cluster().subList(0, 2);
    String plain = "/calico/felix/v2/no-region/host/a/status\n{}\n" + EtcdDump.toPlain(resources);
    ResourceSet set = EtcdDump.read(plain, "dump.txt");
    assertThat(set.locationOf(set.all().get(1), "spec"))
        .contains(new SourceLocation("dump.txt", 5, 1));
    String json = EtcdDump.toJson(resources, 7).replace(",", ",\n");
    ResourceSet fromJson = EtcdDump.read(json, "dump.json");
    int valueLine = (int) json.lines().takeWhile(l -> !l.contains("\"value\"")).count() + 1;
    assertThat(fromJson.locationOf(fromJson.all().get(0)))
        .contains(new SourceLocation("dump.json", valueLine, 1));
  }

  @Test
  void malformedJsonDumpsAreRefusedRatherThanReadInPart() {
    String json = EtcdDump.toJson(cluster().subList(0, 2), 7);
    assertThatThrownBy(() -> EtcdDump.read(json.replace("\"kvs\":[", "\"kvs\":[5,"), "d.json"))
        .hasMessage("d.json:1:1: kvs: an entry is not an object");
    assertThatThrownBy(() -> EtcdDump.read(json.replace("\"kvs\":[", "\"kvs\":[null,"), "d.json"))
        .hasMessage("d.json:1:1: kvs: an entry is not an object");
    assertThatThrownBy(() -> EtcdDump.read(
        json.replaceFirst("\"key\":\"[^\"]*\"", "\"key\":{\"key\":\"eA==\"}"), "d.json"))
        .hasMessage("d.json:1:1: kvs: key is not a base64 string");
    assertThatThrownBy(() -> EtcdDump.read(
        json.replaceFirst("\"value\":\"[^\"]*\"", "\"value\":[\"eA==\"]"), "d.json"))
        .hasMessage("d.json:1:1: kvs: value is not a base64 string");
    assertThatThrownBy(() -> EtcdDump.read(json + "\n{}", "d.json"))
        .hasMessage("d.json:2:1: unexpected content after the JSON value");
  }

  @Test
  void blankLinesAfterThePlainDumpsLastValueAreNotKeys() {
    List<Resource> resources = cluster().subList(0, 2);
    assertThat(EtcdDump.read(EtcdDump.toPlain(resources) + "\n\n  \n", "d").all())
        .containsExactlyElementsOf(resources);
  }
}
