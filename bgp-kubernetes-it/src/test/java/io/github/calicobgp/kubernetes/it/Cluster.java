package io.github.calicobgp.kubernetes.it;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.KubectlDump;
import java.util.ArrayList;
import java.util.List;

/** The cluster these tests put on the mock API server, as kubectl prints it. */
final class Cluster {

  private Cluster() {}

  /**
   * Three nodes and a route reflector peering with a top-of-rack router with a password (in a
   * Secret), a LoadBalancer Service advertised with {@code externalTrafficPolicy: Local}.
   */
  static String yaml() {
    CalicoCluster cluster = CalicoCluster.builder().nodes(3).routeReflectors(1).racks(1)
        .torPassword("s3cret").bgpConfiguration(b -> b.addServiceExternalIP("203.0.113.0/24"))
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
}
