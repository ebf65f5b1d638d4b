package io.github.calicobgp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commands read what {@code kubectl get ... -o yaml} prints from a live cluster. */
class LiveClusterDumpTest {

  private static final String DUMP = """
      apiVersion: v1
      kind: List
      metadata: {resourceVersion: ""}
      items:
      - apiVersion: v1
        kind: Node
        metadata:
          name: node-a
          uid: 5c1e7a8e-0000-4000-8000-000000000001
          resourceVersion: "4242"
          creationTimestamp: "2024-05-01T10:00:00Z"
          annotations:
            projectcalico.org/IPv4Address: 10.0.0.1/24
            projectcalico.org/RouteReflectorClusterID: 288.0.4.5
          managedFields:
          - {manager: calico-node, operation: Update, fieldsType: FieldsV1, fieldsV1: {}}
        spec: {podCIDR: 10.244.1.0/24, taints: [{key: k, effect: NoSchedule}]}
        status:
          addresses: [{type: InternalIP, address: 10.0.0.1}]
          conditions: [{type: Ready, status: "True"}]
      - apiVersion: v1
        kind: Node
        metadata:
          name: node-b
          annotations: {projectcalico.org/IPv4Address: 10.0.0.2/24}
        spec: {podCIDR: 10.244.2.0/24}
      - apiVersion: crd.projectcalico.org/v1
        kind: BGPConfiguration
        metadata: {name: default, generation: 1, selfLink: /x}
        spec: {asNumber: 64512}
      """;

  @Test
  void checkReadsAKubectlDumpFromStandardInputAndNamesTheIgnoredAnnotation() {
    Cli.Result result = Cli.runWithStdin(DUMP, "check", "-");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("NODE_ANNOTATION_IGNORED", "node-a",
        "projectcalico.org/RouteReflectorClusterID=\"288.0.4.5\"");
  }

  @Test
  void sessionsOfAKubectlDumpAreTheMeshOfItsNodes() {
    Cli.Result result = Cli.runWithStdin(DUMP, "sessions", "-", "-o", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("node-a", "node-b", "10.0.0.1", "10.0.0.2");
  }

  @Test
  void usePodCidrIsAcceptedByEveryCommand() {
    Cli.Result result = Cli.runWithStdin(DUMP, "peers", "--use-pod-cidr", "--node", "node-a",
        "-o", "yaml", "-");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("10.0.0.2");
  }

  @Test
  void withUsePodCidrANodesBlocksAreItsPodCidrsInsteadOfTheBlockAffinities() {
    String dump = DUMP.replace("spec: {podCIDR: 10.244.1.0/24,",
        "spec: {podCIDR: 10.244.1.0/24, podCIDRs: [10.244.1.0/24],") + """
        - apiVersion: crd.projectcalico.org/v1
          kind: BlockAffinity
          metadata: {name: node-a-10-99-0-0-26}
          spec: {state: confirmed, node: node-a, cidr: 10.99.0.0/26, deleted: "false"}
        """;

    Cli.Result hostLocal = Cli.runWithStdin(dump, "render", "--use-pod-cidr", "--node",
        "node-a", "--stdout", "-");
    Cli.Result calicoIpam = Cli.runWithStdin(dump, "render", "--node", "node-a", "--stdout",
        "-");

    assertThat(hostLocal.exitCode()).as(hostLocal.err()).isZero();
    assertThat(hostLocal.out()).contains("route 10.244.1.0/24 blackhole;")
        .doesNotContain("10.99.0.0/26");
    assertThat(calicoIpam.exitCode()).as(calicoIpam.err()).isZero();
    assertThat(calicoIpam.out()).contains("route 10.99.0.0/26 blackhole;")
        .doesNotContain("10.244.1.0/24 blackhole");
  }

  @Test
  void podsInTheDumpAreTheWorkloadsALocalWorkloadPeerPeersWith() {
    String dump = DUMP + """
        - apiVersion: crd.projectcalico.org/v1
          kind: BGPPeer
          metadata: {name: speakers}
          spec: {localWorkloadSelector: app == 'bgp-speaker', asNumber: 65010}
        - apiVersion: v1
          kind: Pod
          metadata:
            name: speaker-0
            namespace: net
            labels: {app: bgp-speaker}
            managedFields: [{manager: kubelet}]
          spec:
            nodeName: node-a
            containers: [{name: bird, image: example/bird, ports: [{containerPort: 179}]}]
          status:
            phase: Running
            podIP: 10.244.1.7
            podIPs: [{ip: 10.244.1.7}]
            conditions: [{type: Ready, status: "True"}]
        - apiVersion: v1
          kind: Pod
          metadata: {name: host-speaker, namespace: net, labels: {app: bgp-speaker}}
          spec: {nodeName: node-a, hostNetwork: true}
          status: {podIP: 10.0.0.1}
        """;

    Cli.Result result = Cli.runWithStdin(dump, "peers", "--node", "node-a", "-o", "yaml", "-");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("10.244.1.7", "65010");
  }

  @Test
  void anErrorInADumpNamesFileLineKindAndField() {
    Cli.Result result = Cli.runWithStdin(DUMP.replace("asNumber: 64512", "asNumbr: 64512"),
        "check", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("-:30: ").contains("BGPConfiguration/default:"
        + " spec.asNumbr: unknown field \"asNumbr\"");
  }
}
