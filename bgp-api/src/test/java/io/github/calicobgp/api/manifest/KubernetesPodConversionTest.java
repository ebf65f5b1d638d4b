package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.resource.WorkloadEndpoint.IPNAT;
import io.github.calicobgp.api.resource.WorkloadEndpoint.Port;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Kubernetes Pod read as the WorkloadEndpoint Calico derives from it: the cases of Calico's
 * own tests for {@code PodToWorkloadEndpoints} (libcalico-go {@code
 * lib/backend/k8s/conversion/conversion_test.go}), written again in Java, read from YAML as
 * kubectl prints a Pod.
 */
class KubernetesPodConversionTest {

  /** A Pod named podA in default on nodeA, with the given metadata, spec and status lines. */
  private static String pod(String metadata, String spec, String status) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: podA
          namespace: default
          resourceVersion: "1234"
        %s
        spec:
          nodeName: nodeA
        %s
        status:
          phase: Running
        %s
        """.formatted(metadata.indent(2), spec.indent(2), status.indent(2));
  }

  private static Optional<WorkloadEndpoint> read(String yaml) {
    return Manifests.read(yaml, "pod.yaml").ofType(WorkloadEndpoint.class).stream().findFirst();
  }

  private static WorkloadEndpoint wep(String yaml) {
    return read(yaml).orElseThrow();
  }

  @Test
  void aPodWithAnIPBecomesAnEndpointWithItsNamedAndHostPorts() {
    WorkloadEndpoint w = wep(pod("""
        annotations: {arbitrary: annotation}
        labels: {labelA: valueA, labelB: valueB}
        """, """
        initContainers:
        - name: init
          image: busybox
          ports: [{name: init-port, containerPort: 3000}]
        containers:
        - name: a
          image: nginx
          env: [{name: X, value: "1"}]
          ports:
          - {containerPort: 5678}
          - {name: no-proto, containerPort: 1234}
        - name: b
          ports:
          - {name: tcp-proto, protocol: TCP, containerPort: 1024}
          - {name: tcp-proto-with-host-port, protocol: TCP, containerPort: 8080, hostPort: 5678}
          - {name: tcp-proto-with-host-port-and-ip, protocol: TCP, containerPort: 8081,
             hostPort: 6789, hostIP: 1.2.3.4}
          - {protocol: TCP, containerPort: 500, hostPort: 5000}
          - {name: udp-proto, protocol: UDP, containerPort: 432}
          - {name: sctp-proto, protocol: SCTP, containerPort: 891}
          - {name: unkn-proto, protocol: unknown, containerPort: 567}
        """, "podIP: 192.168.0.1"));
    assertThat(w.metadata().name()).isEqualTo("nodeA-k8s-podA-eth0");
    assertThat(w.metadata().namespace()).isEqualTo("default");
    assertThat(w.metadata().resourceVersion()).isEqualTo("1234");
    WorkloadEndpoint.Spec s = w.spec();
    assertThat(s.pod()).isEqualTo("podA");
    assertThat(s.node()).isEqualTo("nodeA");
    assertThat(s.endpoint()).isEqualTo("eth0");
    assertThat(s.orchestrator()).isEqualTo("k8s");
    assertThat(s.ipNetworks()).containsExactly("192.168.0.1/32");
    assertThat(s.profiles()).containsExactly("kns.default");
    assertThat(w.metadata().labels()).isEqualTo(Map.of(
        "labelA", "valueA",
        "labelB", "valueB",
        "projectcalico.org/namespace", "default",
        "projectcalico.org/orchestrator", "k8s"));
    assertThat(s.ports()).containsExactly(
        new Port("no-proto", "TCP", 1234, 0, ""),
        new Port("tcp-proto", "TCP", 1024, 0, ""),
        new Port("tcp-proto-with-host-port", "TCP", 8080, 5678, ""),
        new Port("tcp-proto-with-host-port-and-ip", "TCP", 8081, 6789, "1.2.3.4"),
        new Port("", "TCP", 500, 5000, ""),
        new Port("udp-proto", "UDP", 432, 0, ""),
        new Port("sctp-proto", "SCTP", 891, 0, ""),
        new Port("init-port", "TCP", 3000, 0, ""));
    // Calico's test: "If this fails, fix the code not this expect!"
    assertThat(s.interfaceName()).isEqualTo("cali7f94ce7c295");
    assertThat(w.metadata().annotations()).isEmpty();
  }

  @Test
  void dualStackStatusAddresses() {
    assertThat(wep(pod("", "", "podIP: 192.168.0.1\npodIPs: [{ip: 192.168.0.1},"
        + " {ip: \"fd5f:8067::1\"}]")).spec().ipNetworks())
        .containsExactly("192.168.0.1/32", "fd5f:8067::1/128");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{cni.projectcalico.org/podIP: 192.168.0.1}|192.168.0.1/32",
    "{cni.projectcalico.org/podIP: 192.168.0.1, cni.projectcalico.org/podIPs: '192.168.0.1,fd5f:8067::1'}"
        + "|192.168.0.1/32,fd5f:8067::1/128",
    "{vpc.amazonaws.com/pod-ips: 192.168.0.1}|192.168.0.1/32",
    "{cni.projectcalico.org/podIP: 192.168.0.1/32, cni.projectcalico.org/podIPs: '192.168.0.1/32,fd5f:8067::1/128'}"
        + "|192.168.0.1/32,fd5f:8067::1/128",
  })
  void withoutStatusAddressesTheAnnotationsGiveThem(String annotations, String expected) {
    assertThat(wep(pod("annotations: " + annotations, "", "")).spec().ipNetworks())
        .containsExactly(expected.split(","));
  }

  @Test
  void theStatusAddressWinsOverTheAnnotation() {
    assertThat(wep(pod("annotations: {cni.projectcalico.org/podIP: 192.168.0.1}", "",
        "podIP: 192.168.0.2")).spec().ipNetworks()).containsExactly("192.168.0.2/32");
  }

  @Test
  void floatingIPsAreNatedToTheAddressOfTheirFamily() {
    assertThat(wep(pod("annotations: {cni.projectcalico.org/podIP: 192.168.0.1,"
        + " cni.projectcalico.org/floatingIPs: '[\"1.1.1.1\"]'}", "", "")).spec().ipNATs())
        .containsExactly(new IPNAT("192.168.0.1", "1.1.1.1"));
    assertThat(wep(pod("annotations: {cni.projectcalico.org/podIP: 192.168.0.1,"
        + " cni.projectcalico.org/podIPs: '192.168.0.1,fd5f:8067::1',"
        + " cni.projectcalico.org/floatingIPs: '[\"1.1.1.1\",\"fd80:100:100::10\"]'}", "", ""))
        .spec().ipNATs())
        .containsExactly(new IPNAT("192.168.0.1", "1.1.1.1"),
            new IPNAT("fd5f:8067::1", "fd80:100:100::10"));
  }

  @Test
  void allowedSourcePrefixesAreNormalisedOrAreAnError() {
    String meta = "annotations: {cni.projectcalico.org/podIP: 192.168.0.1,"
        + " cni.projectcalico.org/allowedSourcePrefixes: '%s'}";
    assertThat(wep(pod(meta.formatted("[\"8.8.8.8/32\",\"1.1.1.0/24\"]"), "", ""))
        .spec().allowSpoofedSourcePrefixes()).containsExactly("8.8.8.8/32", "1.1.1.0/24");
    assertThat(wep(pod(meta.formatted("[\"1.1.1.1/16\"]"), "", ""))
        .spec().allowSpoofedSourcePrefixes()).containsExactly("1.1.0.0/16");
    assertThatThrownBy(() -> read(pod(meta.formatted("[\"\"]"), "", "")))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("pod.yaml:7:104: ")
        .hasMessageContaining("Pod/default/podA: metadata.annotations["
            + "cni.projectcalico.org/allowedSourcePrefixes]: failed to parse \"\" as a CIDR");
    assertThatThrownBy(() -> read(pod(meta.formatted("[\"gumbo\"]"), "", "")))
        .hasMessageContaining("failed to parse \"gumbo\" as a CIDR");
  }

  @Test
  void aBadAddressFailsTheConversionAsInCalicoAndIsLocated() {
    assertThatThrownBy(() -> read(pod("annotations: {cni.projectcalico.org/podIP: foobar}", "",
        "")))
        .hasMessageStartingWith("pod.yaml:7:46: Pod/default/podA: metadata.annotations["
            + "cni.projectcalico.org/podIP]: invalid pod IP \"foobar\": Calico's conversion of"
            + " the Pod fails");
    assertThatThrownBy(() -> read(pod("annotations: {cni.projectcalico.org/podIPs: foobar}", "",
        "")))
        .hasMessageContaining("metadata.annotations[cni.projectcalico.org/podIPs]: invalid pod"
            + " IP \"foobar\"");
    assertThatThrownBy(() -> read(pod("", "", "podIPs: [{ip: 10.0.0.300}]")))
        .hasMessageContaining("Pod/default/podA: status.podIPs[0].ip: invalid pod IP");
  }

  @Test
  void aPodWithoutAnAddressStillHasAnEndpoint() {
    assertThat(wep(pod("", "", "")).spec().ipNetworks()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Pending, 1", "Running, 1", "Unknown, 1", "Succeeded, 0", "Failed, 0",
      "Completed, 0"})
  void aFinishedPodNoLongerOwnsItsAddresses(String phase, int addresses) {
    assertThat(wep(pod("annotations: {cni.projectcalico.org/podIP: 192.168.0.1}", "",
        "podIP: 192.168.0.1").replace("phase: Running", "phase: " + phase))
        .spec().ipNetworks()).hasSize(addresses);
  }

  @Test
  void aPodBeingDeletedIsFinishedOnceTheCniPluginEmptiedItsAddressAnnotation() {
    String deleting = "deletionTimestamp: \"2024-05-01T10:00:00Z\"\n";
    assertThat(wep(pod("annotations: {cni.projectcalico.org/podIP: \"\"}", "",
        "podIP: 192.168.0.1")).spec().ipNetworks()).containsExactly("192.168.0.1/32");
    assertThat(wep(pod(deleting + "annotations: {cni.projectcalico.org/podIP: \"\"}", "",
        "podIP: 192.168.0.1")).spec().ipNetworks()).isEmpty();
    assertThat(wep(pod(deleting + "annotations: {arbitrary: annotation}", "",
        "podIP: 192.168.0.1")).spec().ipNetworks()).containsExactly("192.168.0.1/32");
    assertThat(wep(pod(deleting + "annotations: {vpc.amazonaws.com/pod-ips: \"\"}", "",
        "podIP: 192.168.0.1")).spec().ipNetworks()).isEmpty();
  }

  @Test
  void unscheduledAndHostNetworkedPodsHaveNoEndpoint() {
    assertThat(read(pod("", "", "podIP: 192.168.0.1").replace("  nodeName: nodeA\n", "")))
        .isEmpty();
    assertThat(read(pod("", "hostNetwork: true", "podIP: 10.0.0.1"))).isEmpty();
    assertThat(read(pod("", "hostNetwork: false", "podIP: 10.0.0.1"))).isPresent();
  }

  @Test
  void aServiceAccountAddsAProfileAndUnder63CharactersALabel() {
    WorkloadEndpoint w = wep(pod("labels: {labelA: valueA}", "serviceAccountName: sa-test",
        "podIP: 192.168.0.1"));
    assertThat(w.spec().profiles()).containsExactly("kns.default", "ksa.default.sa-test");
    assertThat(w.spec().serviceAccountName()).isEqualTo("sa-test");
    assertThat(w.metadata().labels())
        .containsEntry("projectcalico.org/serviceaccount", "sa-test");
    String longName = "s".repeat(63);
    WorkloadEndpoint l = wep(pod("", "serviceAccountName: " + longName, ""));
    assertThat(l.spec().profiles()).containsExactly("kns.default", "ksa.default." + longName);
    assertThat(l.metadata().labels()).doesNotContainKey("projectcalico.org/serviceaccount");
  }

  @Test
  void generateNameAndNetworkStatusArePassedOn() {
    WorkloadEndpoint w = wep(pod("generateName: podA-\nannotations:\n"
        + "  k8s.v1.cni.cncf.io/network-status: '[{\"name\": \"k8s-pod-network\"}]'\n"
        + "  cni.projectcalico.org/containerID: abc123", "", ""));
    assertThat(w.metadata().generateName()).isEqualTo("podA-");
    assertThat(w.metadata().annotations()).containsOnlyKeys("k8s.v1.cni.cncf.io/network-status");
    assertThat(w.spec().containerID()).isEqualTo("abc123");
  }

  @Test
  void theInterfaceNameIsTheSha1OfNamespaceAndPod() {
    // Calico's test has the prefix eni from FELIX_INTERFACEPREFIX; the digits are the same.
    assertThat(KubernetesPods.interfaceName("namespace", "podname")).isEqualTo("cali82111e10a96");
  }

  @Test
  void theEndpointNameDoublesDashes() {
    assertThat(KubernetesPods.workloadEndpointName("node-1", "pod-name"))
        .isEqualTo("node--1-k8s-pod--name-eth0");
    assertThatThrownBy(() -> KubernetesPods.workloadEndpointName("", "p"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void podsInAKubectlListAlongsideOtherKindsAndAPodList() {
    String json = """
        {"apiVersion": "v1", "items": [
          {"apiVersion": "v1", "kind": "Pod",
           "metadata": {"name": "web-0", "namespace": "shop", "labels": {"app": "web"},
             "managedFields": [{"manager": "kubelet"}]},
           "spec": {"nodeName": "n1", "volumes": [{"name": "v"}], "containers": [{"name": "c",
             "image": "nginx", "resources": {}}]},
           "status": {"phase": "Running", "podIP": "10.244.1.5",
             "conditions": [{"type": "Ready", "status": "True"}],
             "podIPs": [{"ip": "10.244.1.5"}]}},
          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-proxy-x",
             "namespace": "kube-system"}, "spec": {"nodeName": "n1", "hostNetwork": true}}
        ], "kind": "List", "metadata": {"resourceVersion": ""}}
        """;
    List<WorkloadEndpoint> weps =
        Manifests.read(json, "dump.json").ofType(WorkloadEndpoint.class);
    assertThat(weps).singleElement().satisfies(w -> {
      assertThat(w.metadata().name()).isEqualTo("n1-k8s-web--0-eth0");
      assertThat(w.metadata().labels()).containsEntry("app", "web")
          .containsEntry("projectcalico.org/namespace", "shop");
      assertThat(w.spec().ipNetworks()).containsExactly("10.244.1.5/32");
    });
    String podList = """
        apiVersion: v1
        kind: PodList
        items:
        - metadata: {name: a, namespace: ns}
          spec: {nodeName: n1}
          status: {podIP: 10.0.0.1}
        """;
    assertThat(Manifests.read(podList, "pods.yaml").ofType(WorkloadEndpoint.class))
        .extracting(w -> w.metadata().name()).containsExactly("n1-k8s-a-eth0");
  }

  @Test
  void aPodStaysStrictAboutWhatCalicoReads() {
    assertThatThrownBy(() -> read(pod("", "nodeName2: x\nhostNetwork: \"yes\"", "")))
        .hasMessageContaining("Pod/default/podA: spec.hostNetwork: expected a boolean");
    assertThatThrownBy(() -> read("apiVersion: v2\nkind: Pod\nmetadata: {name: p}\n"))
        .hasMessage("pod.yaml:1:13: Pod/p: apiVersion: wrong apiVersion \"v2\": kind Pod is v1");
    assertThatThrownBy(() -> read(pod("", "containers: [{ports: [{containerPort: 80,"
        + " hostPorts: 1}]}]", "")))
        .hasMessageContaining("spec.containers[0].ports[0].hostPorts: unknown field");
  }

  @Test
  void aPodHeldAsAMapConvertsThroughThePublicEntryPoint() {
    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("apiVersion", "v1");
    pod.put("kind", "Pod");
    pod.put("metadata", Map.of("name", "p", "namespace", "ns", "labels", Map.of("bgp", "yes")));
    pod.put("spec", Map.of("nodeName", "n1"));
    pod.put("status", Map.of("podIPs", List.of(Map.of("ip", "10.0.0.9"))));
    WorkloadEndpoint w = KubernetesPods.toWorkloadEndpoint(pod, "pod ns/p").orElseThrow();
    assertThat(w.spec().ipNetworks()).containsExactly("10.0.0.9/32");
    assertThat(w.metadata().labels()).containsEntry("bgp", "yes");
    pod.put("spec", Map.of("nodeName", "n1", "hostNetwork", true));
    assertThat(KubernetesPods.toWorkloadEndpoint(pod, "pod ns/p")).isEmpty();
  }
}
