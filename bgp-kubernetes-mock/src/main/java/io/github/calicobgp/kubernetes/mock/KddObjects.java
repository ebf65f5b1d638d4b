package io.github.calicobgp.kubernetes.mock;

/** Objects as a Calico cluster on the Kubernetes datastore (KDD) holds them, as YAML, for tests. */
public final class KddObjects {

  private KddObjects() {}

  public static String node(String name, String ip, String extraAnnotations) {
    return """
        apiVersion: v1
        kind: Node
        metadata:
          name: %s
          labels: {kubernetes.io/hostname: %s}
          annotations: {projectcalico.org/IPv4Address: "%s/24"%s}
        status:
          addresses: [{type: InternalIP, address: %s}]
        """.formatted(name, name, ip, extraAnnotations, ip);
  }

  public static String crd(String kind, String name, String spec) {
    return """
        apiVersion: crd.projectcalico.org/v1
        kind: %s
        metadata: {name: %s}
        spec: %s
        """.formatted(kind, name, spec);
  }

  public static String peer(String name, String ip, long as, String secret) {
    String password = secret == null ? ""
        : ", password: {secretKeyRef: {name: " + secret + ", key: password}}";
    return crd("BGPPeer", name, "{peerIP: " + ip + ", asNumber: " + as + password + "}");
  }

  /** As the API server stores it: {@code stringData} is the client's, the server keeps {@code data}. */
  public static String secret(String name, String password) {
    return secretData(name, java.util.Base64.getEncoder().encodeToString(
        password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  public static String secretData(String name, String base64) {
    return """
        apiVersion: v1
        kind: Secret
        metadata: {name: %s, namespace: kube-system}
        data: {password: "%s"}
        """.formatted(name, base64);
  }

  public static String service(String name, String externalIp) {
    return """
        apiVersion: v1
        kind: Service
        metadata: {name: %s, namespace: default}
        spec:
          type: ClusterIP
          clusterIP: 10.96.0.%d
          externalIPs: [%s]
          ports: [{port: 80}]
        """.formatted(name, Math.abs(name.hashCode() % 200) + 10, externalIp);
  }

  public static String endpointSlice(String service, String node) {
    return """
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: %s-1
          namespace: default
          labels: {kubernetes.io/service-name: %s}
        addressType: IPv4
        endpoints:
        - addresses: [10.244.0.5]
          nodeName: %s
        """.formatted(service, service, node);
  }
}
