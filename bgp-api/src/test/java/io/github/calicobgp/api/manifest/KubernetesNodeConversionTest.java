package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kubernetes Nodes read as the Calico Nodes Calico derives from them. The cases follow Calico's
 * own tests of {@code K8sNodeToCalico} (libcalico-go {@code
 * lib/backend/k8s/resources/node_test.go}), written as the YAML an API server returns.
 */
class KubernetesNodeConversionTest {

  private static final String STATUS_ADDRESSES = """
      status:
        addresses:
        - {type: InternalIP, address: 172.17.17.10}
        - {type: ExternalIP, address: 192.168.1.100}
        - {type: Hostname, address: 172-17-17-10}
      """;

  private static ResourceSet read(String yaml, boolean usePodCIDR) {
    return Manifests.read(yaml, "nodes.yaml", ReadOptions.DEFAULT.withUsePodCIDR(usePodCIDR));
  }

  private static Node node(String annotations, String rest, boolean usePodCIDR) {
    String yaml = "apiVersion: v1\nkind: Node\nmetadata:\n  name: TestNode\n"
        + "  resourceVersion: \"1234\"\n"
        + (annotations.isEmpty() ? "" : "  annotations:\n" + annotations.indent(4)) + rest;
    return read(yaml, usePodCIDR).ofType(Node.class).get(0);
  }

  @Test
  void aKubernetesNodeGivesItsBgpAddressAsNumberAndInterfaces() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/ASNumber: "2546"
        projectcalico.org/Interfaces: '[{"name":"eth1","addresses":["172.31.11.4"]},{"name":"eth0","addresses":["172.17.17.10","172.17.17.11"]}]'
        """, STATUS_ADDRESSES + "spec:\n  podCIDR: 10.0.0.1/24\n", false);
    assertThat(n.spec().bgp().ipv4Address()).isEqualTo("172.17.17.10");
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isNull();
    assertThat(n.spec().bgp().asNumber()).hasToString("2546");
    assertThat(n.spec().interfaces()).containsExactly(
        new NodeSpec.Interface("eth1", List.of("172.31.11.4")),
        new NodeSpec.Interface("eth0", List.of("172.17.17.10", "172.17.17.11")));
    assertThat(n.spec().orchRefs()).containsExactly(new NodeSpec.OrchRef("TestNode", "k8s"));
    assertThat(n.metadata().resourceVersion()).isEqualTo("1234");
  }

  @Test
  void anInvalidRouteReflectorClusterIdIsIgnoredAndRecorded() {
    String yaml = "apiVersion: v1\nkind: Node\nmetadata:\n  name: TestNode\n  annotations:\n"
        + "    projectcalico.org/IPv4Address: 172.17.17.10\n"
        + "    projectcalico.org/RouteReflectorClusterID: 288.0.4.5\n" + STATUS_ADDRESSES;
    ResourceSet set = read(yaml, false);
    Node n = set.ofType(Node.class).get(0);
    assertThat(n.spec().bgp().routeReflectorClusterID()).isNull();
    assertThat(n.spec().bgp().ipv4Address()).isEqualTo("172.17.17.10");
    assertThat(set.ignoredAnnotations()).singleElement().satisfies(i -> {
      assertThat(i.nodeName()).isEqualTo("TestNode");
      assertThat(i.annotation()).isEqualTo("projectcalico.org/RouteReflectorClusterID");
      assertThat(i.value()).isEqualTo("288.0.4.5");
    });
  }

  @Test
  void anIpv6RouteReflectorClusterIdIsIgnored() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/RouteReflectorClusterID: fd10::10
        """, STATUS_ADDRESSES, false);
    assertThat(n.spec().bgp().routeReflectorClusterID()).isNull();
  }

  @Test
  void aValidRouteReflectorClusterIdIsKept() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/ASNumber: "2546"
        projectcalico.org/RouteReflectorClusterID: 248.0.4.5
        """, STATUS_ADDRESSES + "spec:\n  podCIDR: 10.0.0.1/24\n", false);
    assertThat(n.spec().bgp().routeReflectorClusterID()).isEqualTo("248.0.4.5");
    assertThat(n.spec().bgp().asNumber()).hasToString("2546");
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isNull();
  }

  @Test
  void anIpv6AddressIsRead() {
    Node n = node("""
        projectcalico.org/IPv6Address: fd10::10
        projectcalico.org/ASNumber: "2546"
        """, "spec:\n  podCIDR: feee::/122\n", false);
    assertThat(n.spec().bgp().ipv6Address()).isEqualTo("fd10::10");
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isNull();
  }

  @Test
  void aNodeWithAPodCidrButNoAnnotationsHasNoBgpSpec() {
    Node n = node("", "spec:\n  podCIDR: 10.0.0.0/24\n", false);
    assertThat(n.spec().bgp()).isNull();
  }

  @Test
  void kubernetesLabelsShadowCalicoLabelsAndAreStashedInAnAnnotation() {
    String yaml = """
        apiVersion: v1
        kind: Node
        metadata:
          name: TestNode
          labels: {net.beta.kubernetes.io/role: control-plane, shadowed: k8s-value}
          annotations:
            projectcalico.org/labels: '{"label1":"foo","label2":"bar","shadowed":"calico-value"}'
        """;
    Node n = read(yaml, false).ofType(Node.class).get(0);
    assertThat(n.metadata().labels()).isEqualTo(Map.of("label1", "foo", "label2", "bar",
        "shadowed", "k8s-value", "net.beta.kubernetes.io/role", "control-plane"));
    assertThat(n.metadata().annotations()).isEqualTo(Map.of("projectcalico.org/kube-labels",
        "{\"net.beta.kubernetes.io/role\":\"control-plane\",\"shadowed\":\"k8s-value\"}"));
  }

  @Test
  void aNodeWithoutLabelsStashesNull() {
    Node n = node("", "", false);
    assertThat(n.metadata().annotations()).containsEntry("projectcalico.org/kube-labels", "null");
  }

  @Test
  void garbageInTheLabelsAnnotationIsIgnoredAndRecorded() {
    ResourceSet set = read("""
        apiVersion: v1
        kind: Node
        metadata:
          name: n
          labels: {a: b}
          annotations: {projectcalico.org/labels: Garbage}
        """, false);
    assertThat(set.ofType(Node.class).get(0).metadata().labels()).isEqualTo(Map.of("a", "b"));
    assertThat(set.ignoredAnnotations()).extracting(IgnoredAnnotation::annotation)
        .containsExactly("projectcalico.org/labels");
  }

  @Test
  void anIpipTunnelAddressComesFromItsAnnotation() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/IPv4IPIPTunnelAddr: 10.0.0.24
        projectcalico.org/ASNumber: "2546"
        """, STATUS_ADDRESSES + "spec:\n  podCIDR: 10.0.0.1/24\n", false);
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isEqualTo("10.0.0.24");
  }

  @Test
  void withUsePodCidrTheTunnelAddressIsThePodCidrsFirstAddressAndNoWireguardWithoutAKey() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/ASNumber: "2546"
        projectcalico.org/IPv4IPIPTunnelAddr: 10.9.9.9
        """, "spec:\n  podCIDR: 10.0.0.0/24\n", true);
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isEqualTo("10.0.0.1");
    assertThat(n.spec().wireguard()).isNull();
    assertThat(n.spec().bgp().asNumber()).hasToString("2546");
  }

  @Test
  void withUsePodCidrAndAWireguardKeyTheWireguardAddressIsTheTunnelAddress() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/ASNumber: "2546"
        projectcalico.org/WireguardPublicKey: abcd
        """, "spec:\n  podCIDR: 10.0.0.0/24\n", true);
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isEqualTo("10.0.0.1");
    assertThat(n.spec().wireguard().interfaceIPv4Address()).isEqualTo("10.0.0.1");
    assertThat(n.status().wireguardPublicKey()).isEqualTo("abcd");
  }

  @Test
  void withUsePodCidrAnEmptyPodCidrGivesNoTunnelAddress() {
    Node n = node("""
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/ASNumber: "2546"
        """, "", true);
    assertThat(n.spec().bgp().ipv4IPIPTunnelAddr()).isNull();
  }

  @Test
  void withUsePodCidrTheLastByteWrapsAndAnIpv6PodCidrGivesNone() {
    assertThat(KubernetesNodes.staticTunnelAddress("10.0.0.255/24")).isEqualTo("10.0.0.0");
    assertThat(KubernetesNodes.staticTunnelAddress("fd00::/64")).isNull();
  }

  @Test
  void withUsePodCidrAnInvalidPodCidrFailsTheNodeAsItFailsCalicosConversion() {
    assertThatThrownBy(() -> node("", "spec:\n  podCIDR: not-a-cidr\n", true))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("nodes.yaml:7:12: Node/TestNode: spec.podCIDR: invalid pod CIDR");
  }

  @Test
  void addressesOfAllTypesAreListedBgpFirst() {
    Node n = node("""
        projectcalico.org/IPv6Address: fd10::10
        projectcalico.org/IPv4Address: 172.17.17.10
        projectcalico.org/ASNumber: "2546"
        projectcalico.org/IPv4VXLANTunnelAddr: 1.2.3.4
        projectcalico.org/VXLANTunnelMACAddr: 00:11:22:33:44:55
        projectcalico.org/IPv6VXLANTunnelAddr: fd10::11
        projectcalico.org/VXLANTunnelMACAddrV6: 55:44:33:22:11:00
        projectcalico.org/IPv4IPIPTunnelAddr: 5.4.5.4
        """, STATUS_ADDRESSES, false);
    assertThat(n.spec().addresses()).containsExactly(
        new NodeSpec.Address("172.17.17.10", "CalicoNodeIP"),
        new NodeSpec.Address("fd10::10", "CalicoNodeIP"),
        new NodeSpec.Address("172.17.17.10", "InternalIP"),
        new NodeSpec.Address("192.168.1.100", "ExternalIP"));
    assertThat(n.spec().ipv4VXLANTunnelAddr()).isEqualTo("1.2.3.4");
    assertThat(n.spec().vxlanTunnelMACAddr()).isEqualTo("00:11:22:33:44:55");
    assertThat(n.spec().ipv6VXLANTunnelAddr()).isEqualTo("fd10::11");
    assertThat(n.spec().vxlanTunnelMACAddrV6()).isEqualTo("55:44:33:22:11:00");
  }

  @Test
  void everyInvalidAnnotationIsIgnoredAndRecordedInCalicosOrder() {
    ResourceSet set = read("""
        apiVersion: v1
        kind: Node
        metadata:
          name: n
          annotations:
            projectcalico.org/IPv4Address: 10.0.0.300
            projectcalico.org/IPv6Address: 10.0.0.1
            projectcalico.org/ASNumber: ""
            projectcalico.org/IPv4IPIPTunnelAddr: 10.0.0.1/24
            projectcalico.org/VXLANTunnelMACAddr: zz
        """, false);
    Node n = set.ofType(Node.class).get(0);
    assertThat(n.spec().bgp()).isNull();
    assertThat(n.spec().vxlanTunnelMACAddr()).isNull();
    assertThat(set.ignoredAnnotations()).extracting(IgnoredAnnotation::annotation).containsExactly(
        "projectcalico.org/IPv4Address", "projectcalico.org/IPv6Address",
        "projectcalico.org/ASNumber", "projectcalico.org/IPv4IPIPTunnelAddr",
        "projectcalico.org/VXLANTunnelMACAddr");
  }

  @Test
  void invalidInterfaceAddressesAreRemovedSkippingTheNextOneAsCalicoDoes() {
    Node n = node("projectcalico.org/Interfaces: '[{\"name\":\"e\",\"addresses\":"
        + "[\"bad1\",\"bad2\",\"10.0.0.1\"]}]'\n", "", false);
    assertThat(n.spec().interfaces()).containsExactly(
        new NodeSpec.Interface("e", List.of("bad2", "10.0.0.1")));
  }

  @Test
  void theRestOfAKubernetesNodeIsReadAndIgnored() {
    Node n = node("projectcalico.org/IPv4Address: 10.0.0.1/24\n", """
        spec:
          podCIDRs: [10.244.1.0/24, fd00::/64]
          providerID: kind://docker/kind/kind-worker
          taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]
        status:
          conditions: [{type: Ready, status: "True"}]
          nodeInfo: {kubeletVersion: v1.30.0}
          images: [{names: [registry.k8s.io/pause:3.9], sizeBytes: 1}]
          capacity: {cpu: "8"}
        """, false);
    assertThat(n.spec().bgp().ipv4Address()).isEqualTo("10.0.0.1/24");
    assertThat(n.status().podCIDRs()).containsExactly("10.244.1.0/24", "fd00::/64");
  }
}
