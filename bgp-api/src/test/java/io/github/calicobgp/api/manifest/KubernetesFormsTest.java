package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resources as a Kubernetes API server returns them: {@code crd.projectcalico.org/v1} custom
 * resources, server-set metadata, kubectl's {@code v1 List}, and objects already in memory.
 */
class KubernetesFormsTest {

  private static final String NOISY_METADATA = """
        creationTimestamp: "2024-05-01T10:00:00Z"
        generation: 3
        resourceVersion: "98765"
        uid: 0b6c1d4e-8f0a-4c5e-9d1b-2a3f4e5d6c7b
        selfLink: /apis/crd.projectcalico.org/v1/bgppeers/x
        deletionGracePeriodSeconds: 30
        finalizers: [example.com/keep]
        annotations:
          kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1"}'
        managedFields:
        - apiVersion: crd.projectcalico.org/v1
          fieldsType: FieldsV1
          fieldsV1: {"f:spec": {"f:peerIP": {}}}
          manager: kubectl-client-side-apply
          operation: Update
          time: "2024-05-01T10:00:00Z"
      """;

  @Test
  void calicoKindsAreReadAsTheirCustomResourcesWithTheServersMetadataNoise() {
    ResourceSet set = Manifests.read("""
        apiVersion: v1
        kind: List
        metadata: {resourceVersion: ""}
        items:
        - apiVersion: crd.projectcalico.org/v1
          kind: BGPPeer
          metadata:
            name: tor
        %s
          spec: {peerIP: 10.0.0.1, asNumber: 65001}
        - apiVersion: crd.projectcalico.org/v1
          kind: BGPConfiguration
          metadata: {name: default}
          spec: {nodeToNodeMeshEnabled: false, asNumber: 64512}
        - apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: {name: pool}
          spec: {cidr: 10.244.0.0/16, natOutgoing: true}
        - apiVersion: projectcalico.org/v3
          kind: BGPFilter
          metadata: {name: f}
        """.formatted(NOISY_METADATA.indent(2)), "dump.yaml");
    BGPPeer peer = set.ofType(BGPPeer.class).get(0);
    assertThat(peer.spec().peerIP()).isEqualTo("10.0.0.1");
    assertThat(peer.metadata().uid()).isEqualTo("0b6c1d4e-8f0a-4c5e-9d1b-2a3f4e5d6c7b");
    assertThat(peer.metadata().generation()).isEqualTo(3L);
    assertThat(peer.metadata().finalizers()).containsExactly("example.com/keep");
    assertThat(peer.metadata().annotations())
        .containsKey("kubectl.kubernetes.io/last-applied-configuration");
    assertThat(set.ofType(BGPConfiguration.class)).hasSize(1);
    assertThat(set.ofType(IPPool.class)).hasSize(1);
    assertThat(set.all()).hasSize(4);
  }

  @Test
  void customResourcesStayStrictAboutTheirSpec() {
    assertThatThrownBy(() -> Manifests.read("""
        apiVersion: crd.projectcalico.org/v1
        kind: BGPPeer
        metadata: {name: p, managedFields: []}
        spec: {peerIp: 10.0.0.1}
        """, "p.yaml"))
        .hasMessage("p.yaml:4:8: BGPPeer/p: spec.peerIp: unknown field \"peerIp\" (did you mean"
            + " \"peerIP\"? field names are case-sensitive)");
    assertThatThrownBy(() -> Manifests.read("""
        apiVersion: crd.projectcalico.org/v1
        kind: BGPPeer
        metadata: {name: p, clusterName: x}
        """, "p.yaml"))
        .hasMessage("p.yaml:3:21: BGPPeer/p: metadata.clusterName: unknown field \"clusterName\"");
  }

  @Test
  void aCustomResourceBlockAffinityHasAStringDeletedFlag() {
    String yaml = """
        apiVersion: crd.projectcalico.org/v1
        kind: BlockAffinity
        metadata: {name: node-1-10-244-1-0-26}
        spec: {state: confirmed, node: node-1, cidr: 10.244.1.0/26, deleted: "%s"}
        """;
    assertThat(Manifests.read(yaml.formatted("false"), "a.yaml").ofType(BlockAffinity.class)
        .get(0).spec().deleted()).isFalse();
    assertThat(Manifests.read(yaml.formatted("True"), "a.yaml").ofType(BlockAffinity.class)
        .get(0).spec().deleted()).isTrue();
    assertThat(Manifests.read(yaml.formatted(""), "a.yaml").ofType(BlockAffinity.class)
        .get(0).spec().deleted()).isNull();
    assertThatThrownBy(() -> Manifests.read(yaml.formatted("maybe"), "a.yaml"))
        .hasMessage("a.yaml:4:70: BlockAffinity/node-1-10-244-1-0-26: spec.deleted: expected"
            + " \"true\" or \"false\" (a crd.projectcalico.org/v1 BlockAffinity's deleted is a"
            + " string), got string \"maybe\"");
    // In v3, deleted stays a boolean.
    assertThatThrownBy(() -> Manifests.read(yaml.formatted("false")
        .replace("crd.projectcalico.org/v1", "projectcalico.org/v3"), "a.yaml"))
        .hasMessageContaining("spec.deleted: expected a boolean");
  }

  @Test
  void theMetadataAnnotationOfACustomResourceGivesItsV3LabelsAndAnnotations() {
    BGPPeer peer = Manifests.read("""
        apiVersion: crd.projectcalico.org/v1
        kind: BGPPeer
        metadata:
          name: p
          labels: {projectcalico.org/x: "1"}
          annotations:
            projectcalico.org/metadata: '{"labels":{"team":"net"},"annotations":{"note":"n"},"creationTimestamp":"2020-01-01T00:00:00Z"}'
            other: kept
        spec: {peerIP: 10.0.0.1, asNumber: 65001}
        """, "p.yaml").ofType(BGPPeer.class).get(0);
    assertThat(peer.metadata().labels())
        .isEqualTo(Map.of("projectcalico.org/x", "1", "team", "net"));
    assertThat(peer.metadata().annotations()).isEqualTo(Map.of("other", "kept", "note", "n"));
    assertThat(peer.metadata().creationTimestamp()).isEqualTo("2020-01-01T00:00:00Z");
    assertThat(peer.metadata().name()).isEqualTo("p");
  }

  @Test
  void aBrokenMetadataAnnotationIsAnError() {
    assertThatThrownBy(() -> Manifests.read("""
        apiVersion: crd.projectcalico.org/v1
        kind: BGPPeer
        metadata:
          name: p
          annotations: {projectcalico.org/metadata: '{"labels": 3}'}
        """, "p.yaml"))
        .hasMessageStartingWith("p.yaml:5:45: BGPPeer/p:"
            + " metadata.annotations[projectcalico.org/metadata]: not the JSON metadata");
  }

  @Test
  void kubectlJsonListsOfNodesAndCustomResourcesAreRead() {
    ResourceSet set = Manifests.read("""
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {"apiVersion": "v1", "kind": "Node",
             "metadata": {"name": "n1", "uid": "u", "managedFields": [{"manager": "kubelet"}],
                          "annotations": {"projectcalico.org/IPv4Address": "10.0.0.1/24"}},
             "status": {"addresses": [{"type": "InternalIP", "address": "10.0.0.1"}]}},
            {"apiVersion": "crd.projectcalico.org/v1", "kind": "BGPPeer",
             "metadata": {"name": "p"}, "spec": {"peerIP": "10.0.0.9", "asNumber": 65001}}
          ],
          "metadata": {"resourceVersion": ""}
        }
        """, "dump.json");
    assertThat(set.ofType(Node.class).get(0).spec().bgp().ipv4Address()).isEqualTo("10.0.0.1/24");
    assertThat(set.ofType(BGPPeer.class).get(0).spec().asNumber()).hasToString("65001");
    assertThat(set.locationOf(set.ofType(BGPPeer.class).get(0), "spec.peerIP"))
        .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(10));
  }

  @Test
  void errorsInJsonDumpsAreLocatedAtFileAndLine() {
    assertThatThrownBy(() -> Manifests.read("""
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "n1"},
           "status": {"addresses": [{"type": "InternalIP", "adress": "10.0.0.1"}]}}
        ]}
        """, "dump.json"))
        .hasMessageStartingWith("dump.json:3:52: Node/n1: status.addresses[0].adress: unknown"
            + " field \"adress\"");
  }

  @Test
  void aKubernetesNodeListIsRead() {
    ResourceSet set = Manifests.read("""
        apiVersion: v1
        kind: NodeList
        items:
        - metadata: {name: a}
        - metadata: {name: b}
        """, "nodes.yaml");
    assertThat(set.ofType(Node.class)).extracting(n -> n.metadata().name())
        .containsExactly("a", "b");
  }

  @Test
  void aMapFromAGenericClientIsReadAndItsErrorsNameTheObject() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", "n1");
    meta.put("annotations", Map.of("projectcalico.org/IPv4Address", "10.0.0.1/24",
        "projectcalico.org/ASNumber", "64512"));
    meta.put("managedFields", List.of(Map.of("manager", "kubelet")));
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("apiVersion", "v1");
    node.put("kind", "Node");
    node.put("metadata", meta);
    node.put("status", Map.of("addresses", List.of(Map.of("type", "InternalIP",
        "address", "10.0.0.1"))));
    Node n = Manifests.readMap(node, "watch").ofType(Node.class).get(0);
    assertThat(n.spec().bgp().asNumber()).hasToString("64512");

    Map<String, Object> peer = new LinkedHashMap<>();
    peer.put("apiVersion", "crd.projectcalico.org/v1");
    peer.put("kind", "BGPPeer");
    peer.put("metadata", Map.of("name", "tor"));
    peer.put("spec", Map.of("peerIP", "10.0.0.9", "asNumber", 1.5));
    assertThatThrownBy(() -> Manifests.readMap(peer, "kubernetes watch of bgppeers"))
        .isInstanceOf(ManifestException.class)
        .hasMessage("kubernetes watch of bgppeers: BGPPeer/tor: spec.asNumber: AS number 1.5 is"
            + " not an integer (write an asdot AS number in quotes, e.g. \"1.10\")");
  }

  @Test
  void aJacksonTreeIsReadAsTheSameJsonInAFile() throws Exception {
    String json = """
        {"apiVersion": "crd.projectcalico.org/v1", "kind": "BGPPeer",
         "metadata": {"name": "tor", "generation": 2},
         "spec": {"peerIP": "10.0.0.9", "asNumber": 65001, "keepOriginalNextHop": true}}
        """;
    TreeNode tree = tree(json);
    ResourceSet fromTree = Manifests.readTree(tree, "object");
    assertThat(fromTree.all()).isEqualTo(Manifests.read(json, "file.json").all());
    assertThatThrownBy(() -> Manifests.readTree(tree(json.replace("65001", "\"x\"")), "object"))
        .hasMessageStartingWith("object: BGPPeer/tor: spec.asNumber:");
  }

  private static TreeNode tree(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }
}
