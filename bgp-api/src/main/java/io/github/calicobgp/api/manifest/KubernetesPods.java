package io.github.calicobgp.api.manifest;

import com.fasterxml.jackson.core.TreeNode;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import io.github.calicobgp.api.manifest.Tree.Sequence;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Kubernetes {@code v1} Pod into the WorkloadEndpoint that Calico's Kubernetes datastore
 * serves for it, as libcalico-go does ({@code lib/backend/k8s/conversion/conversion.go}, {@code
 * IsValidCalicoWorkloadEndpoint}, {@code IsFinished}, {@code getPodIPs}; {@code
 * workload_endpoint_default.go}, {@code podToDefaultWorkloadEndpoint}): a host-networked or
 * unscheduled Pod has none; the endpoint is named {@code <node>-k8s-<pod>-eth0}; its labels are
 * the Pod's plus {@code projectcalico.org/namespace}, {@code projectcalico.org/orchestrator} and
 * (for a service account name under 63 characters) {@code projectcalico.org/serviceaccount},
 * which {@code localWorkloadSelector} can match; its addresses come from {@code status.podIPs},
 * {@code status.podIP} or Calico's (or AWS's) annotations, and a finished Pod has none.
 *
 * <p>Where Calico's conversion fails (an address or annotation that does not parse), the Pod is
 * an error here, naming the Pod and the field. Calico instead skips such a Pod with a warning
 * (libcalico-go {@code lib/backend/k8s/resources/list_pager.go}, {@code pagedList}): a file is
 * refused so that the mistake is seen, and a live source calling {@link
 * #toWorkloadEndpoint(Map, String)} should catch the {@link ManifestException}, log it and skip
 * the Pod, as Calico does. Two things are not taken from the environment as Calico
 * does: the interface name's prefix is always {@code cali} (Calico reads {@code
 * FELIX_INTERFACEPREFIX}), and the QoS annotations are not converted (the model has no QoS
 * controls; BGP does not use them).
 */
public final class KubernetesPods {

  static final String POD_IP = "cni.projectcalico.org/podIP";
  static final String POD_IPS = "cni.projectcalico.org/podIPs";
  static final String AWS_POD_IPS = "vpc.amazonaws.com/pod-ips";
  static final String CONTAINER_ID = "cni.projectcalico.org/containerID";
  static final String FLOATING_IPS = "cni.projectcalico.org/floatingIPs";
  static final String ALLOWED_SOURCE_PREFIXES = "cni.projectcalico.org/allowedSourcePrefixes";
  static final String NETWORK_STATUS = "k8s.v1.cni.cncf.io/network-status";

  /** The labels Calico adds ({@code apiv3.LabelNamespace}, ...). */
  public static final String LABEL_NAMESPACE = "projectcalico.org/namespace";

  /** The orchestrator label Calico adds, always {@code k8s} for a Pod. */
  public static final String LABEL_ORCHESTRATOR = "projectcalico.org/orchestrator";

  /** The service account label Calico adds for a name under 63 characters. */
  public static final String LABEL_SERVICE_ACCOUNT = "projectcalico.org/serviceaccount";

  /** The Pod phases in which it no longer owns its addresses ({@code IsFinished}). */
  private static final Set<String> FINISHED = Set.of("Failed", "Succeeded", "Completed");

  private KubernetesPods() {}

  /**
   * The WorkloadEndpoint of a Pod held as nested maps and lists (fabric8's {@code
   * GenericKubernetesResource.getAdditionalProperties()} with its metadata, or a JSON object read
   * into a {@code Map}), decoded as strictly as a Pod in a file.
   *
   * @param pod the Pod, with {@code apiVersion: v1} and {@code kind: Pod}
   * @param origin names the object in errors, e.g. {@code pod default/web-0}
   * @return the endpoint, or empty for a Pod Calico gives none (host-networked, not scheduled)
   * @throws ManifestException when the Pod does not decode, or Calico's conversion fails
   */
  public static Optional<WorkloadEndpoint> toWorkloadEndpoint(Map<String, ?> pod, String origin) {
    return single(Manifests.readMap(pod, origin));
  }

  /**
   * The WorkloadEndpoint of a Pod held as a Jackson tree.
   *
   * @param pod the Pod, with {@code apiVersion: v1} and {@code kind: Pod}
   * @param origin names the object in errors
   * @return the endpoint, or empty for a Pod Calico gives none (host-networked, not scheduled)
   * @throws ManifestException when the Pod does not decode, or Calico's conversion fails
   */
  public static Optional<WorkloadEndpoint> toWorkloadEndpoint(TreeNode pod, String origin) {
    return single(Manifests.readTree(pod, origin));
  }

  private static Optional<WorkloadEndpoint> single(ResourceSet set) {
    return set.ofType(WorkloadEndpoint.class).stream().findFirst();
  }

  /**
   * The name Calico gives a Pod's endpoint ({@code names.WorkloadEndpointIdentifiers}, {@code
   * CalculateWorkloadEndpointName}): {@code <node>-k8s-<pod>-eth0}, each dash of the node and
   * Pod names doubled, so that a source can delete the endpoint of a Pod that went away.
   *
   * @param node the Pod's {@code spec.nodeName}
   * @param pod the Pod's name
   * @return the endpoint's name
   * @throws IllegalArgumentException when a name is empty or begins or ends with a dash, where
   *     Calico's conversion fails
   */
  public static String workloadEndpointName(String node, String pod) {
    return segment("node", node) + "-k8s-" + segment("pod", pod) + "-eth0";
  }

  private static String segment(String field, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " should be assigned");
    }
    if (value.startsWith("-") || value.endsWith("-")) {
      throw new IllegalArgumentException(field + " \"" + value
          + "\" must not begin or end with a '-'");
    }
    return value.replace("-", "--");
  }

  /**
   * The host side's interface name of a Pod ({@code VethNameForWorkload}): {@code cali} and the
   * first 11 hex digits of the SHA-1 of {@code <namespace>.<pod>}.
   *
   * @param namespace the Pod's namespace
   * @param pod the Pod's name
   * @return the interface name, e.g. {@code cali7f94ce7c295}
   */
  public static String interfaceName(String namespace, String pod) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-1")
          .digest((namespace + "." + pod).getBytes(StandardCharsets.UTF_8));
      return "cali" + HexFormat.of().formatHex(sha).substring(0, 11);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /**
   * A container port as the Pod spec has it.
   *
   * @param name the port's name
   * @param hostPort the port on the host
   * @param containerPort the port in the container
   * @param protocol {@code TCP}, {@code UDP} or {@code SCTP}
   * @param hostIP the host address the host port binds
   */
  record ContainerPort(
      @Nullable String name,
      @Nullable Integer hostPort,
      @Nullable Integer containerPort,
      @Nullable String protocol,
      @Nullable String hostIP) {}

  /**
   * One of a Pod's {@code status.podIPs}.
   *
   * @param ip the address
   */
  record PodIP(@Nullable String ip) {}

  /**
   * The parts of a Pod that Calico reads.
   *
   * @param metadata the Pod's metadata
   * @param nodeName {@code spec.nodeName}
   * @param hostNetwork {@code spec.hostNetwork}
   * @param serviceAccountName {@code spec.serviceAccountName}
   * @param ports the ports of {@code spec.containers}, then of {@code spec.initContainers}
   * @param phase {@code status.phase}
   * @param podIP {@code status.podIP}
   * @param podIPs {@code status.podIPs}
   */
  record KubernetesPod(
      ObjectMeta metadata,
      @Nullable String nodeName,
      boolean hostNetwork,
      @Nullable String serviceAccountName,
      List<ContainerPort> ports,
      @Nullable String phase,
      @Nullable String podIP,
      List<PodIP> podIPs) {}

  /** Thrown by {@link #convert} when Calico's conversion fails. */
  static final class ConversionException extends RuntimeException {
    private final String field;

    ConversionException(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /**
   * Converts a Pod.
   *
   * @param p the Pod
   * @return the endpoint, or null when Calico gives the Pod none ({@code
   *     IsValidCalicoWorkloadEndpoint}: host-networked, or not scheduled)
   * @throws ConversionException where Calico's conversion fails
   */
  static @Nullable WorkloadEndpoint convert(KubernetesPod p) {
    ObjectMeta pm = p.metadata();
    String node = p.nodeName() == null ? "" : p.nodeName();
    if (p.hostNetwork() || node.isEmpty()) {
      return null;
    }
    String namespace = pm.namespace() == null ? "" : pm.namespace();
    String pod = pm.nameOrEmpty();
    String sa = p.serviceAccountName() == null ? "" : p.serviceAccountName();
    Map<String, String> annotations = pm.annotations();

    List<String> profiles = new ArrayList<>();
    profiles.add("kns." + namespace);
    if (!sa.isEmpty()) {
      profiles.add("ksa." + (namespace.isEmpty() ? "default" : namespace) + "." + sa);
    }
    String name;
    try {
      name = workloadEndpointName(node, pod);
    } catch (IllegalArgumentException e) {
      throw new ConversionException(pod.isEmpty() || pod.startsWith("-") || pod.endsWith("-")
          ? "metadata.name" : "spec.nodeName", e.getMessage());
    }

    List<CIDR> nets = podIPs(p);
    if (isFinished(p)) {
      // The IPs have gone back to the pool: the endpoint keeps none.
      nets = List.of();
    }
    List<String> ipNetworks = nets.stream().map(c -> c.masked().toString()).toList();

    Map<String, String> labels = new LinkedHashMap<>(pm.labels());
    labels.put(LABEL_NAMESPACE, namespace);
    labels.put(LABEL_ORCHESTRATOR, KubernetesNodes.ORCHESTRATOR);
    if (!sa.isEmpty() && sa.length() < 63) {
      // For backwards compatibility Calico adds it only when shorter than 63 characters.
      labels.put(LABEL_SERVICE_ACCOUNT, sa);
    }

    List<WorkloadEndpoint.IPNAT> nats = floatingIPs(annotations, nets);
    List<String> sourcePrefixes = sourcePrefixes(annotations);
    List<WorkloadEndpoint.Port> ports = new ArrayList<>();
    for (ContainerPort cp : p.ports()) {
      int containerPort = cp.containerPort() == null ? 0 : cp.containerPort();
      int hostPort = cp.hostPort() == null ? 0 : cp.hostPort();
      String portName = cp.name() == null ? "" : cp.name();
      if (containerPort == 0 || (hostPort == 0 && portName.isEmpty())) {
        continue;
      }
      String protocol = cp.protocol() == null ? "" : cp.protocol();
      String calicoProtocol = switch (protocol) {
        case "UDP" -> "UDP";
        case "SCTP" -> "SCTP";
        // Kubernetes' default is TCP.
        case "TCP", "" -> "TCP";
        default -> null;
      };
      if (calicoProtocol == null) {
        continue;
      }
      // uint16(...) in Go: the API server keeps ports within 1..65535 anyway.
      ports.add(new WorkloadEndpoint.Port(portName, calicoProtocol, containerPort & 0xffff,
          hostPort & 0xffff, cp.hostIP() == null ? "" : cp.hostIP()));
    }

    Map<String, String> wepAnnotations = new LinkedHashMap<>();
    if (annotations.containsKey(NETWORK_STATUS)) {
      wepAnnotations.put(NETWORK_STATUS, annotations.get(NETWORK_STATUS));
    }
    ObjectMeta meta =
        new ObjectMeta(
            name,
            pm.generateName(),
            namespace.isEmpty() ? null : namespace,
            pm.uid(),
            // Calico's KVPair revision, which its v3 API serves as the resourceVersion.
            pm.resourceVersion(),
            null,
            pm.creationTimestamp(),
            null,
            labels,
            wepAnnotations,
            null,
            null);
    String containerID = annotations.get(CONTAINER_ID);
    WorkloadEndpoint.Spec spec =
        new WorkloadEndpoint.Spec(
            KubernetesNodes.ORCHESTRATOR,
            null,
            node,
            containerID == null || containerID.isEmpty() ? null : containerID,
            pod,
            "eth0",
            sa.isEmpty() ? null : sa,
            ipNetworks,
            nats,
            null,
            null,
            profiles,
            interfaceName(namespace, pod),
            null,
            ports,
            sourcePrefixes);
    return new WorkloadEndpoint(meta, spec);
  }

  /** {@code getPodIPs}: the status's addresses, else Calico's annotations, else AWS's. */
  private static List<CIDR> podIPs(KubernetesPod p) {
    Map<String, String> annotations = p.metadata().annotations();
    List<String> ips = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    if (!p.podIPs().isEmpty()) {
      for (int i = 0; i < p.podIPs().size(); i++) {
        String ip = p.podIPs().get(i).ip();
        ips.add(ip == null ? "" : ip);
        fields.add("status.podIPs[" + i + "].ip");
      }
    } else if (p.podIP() != null && !p.podIP().isEmpty()) {
      ips.add(p.podIP());
      fields.add("status.podIP");
    } else if (!annotations.getOrDefault(POD_IPS, "").isEmpty()) {
      split(annotations.get(POD_IPS), POD_IPS, ips, fields);
    } else if (!annotations.getOrDefault(POD_IP, "").isEmpty()) {
      ips.add(annotations.get(POD_IP));
      fields.add("metadata.annotations[" + POD_IP + "]");
    } else if (!annotations.getOrDefault(AWS_POD_IPS, "").isEmpty()) {
      split(annotations.get(AWS_POD_IPS), AWS_POD_IPS, ips, fields);
    }
    List<CIDR> nets = new ArrayList<>();
    for (int i = 0; i < ips.size(); i++) {
      try {
        nets.add(CIDR.parseNetOrIP(ips.get(i)));
      } catch (IllegalArgumentException e) {
        throw new ConversionException(fields.get(i), "invalid pod IP \"" + ips.get(i)
            + "\": Calico's conversion of the Pod fails (" + e.getMessage() + ")");
      }
    }
    return nets;
  }

  /** Go's {@code strings.Split(value, ",")}: every piece, empty ones included. */
  private static void split(String value, String annotation, List<String> ips,
      List<String> fields) {
    for (String ip : value.split(",", -1)) {
      ips.add(ip);
      fields.add("metadata.annotations[" + annotation + "]");
    }
  }

  /** {@code IsFinished}: the Pod no longer owns its addresses. */
  private static boolean isFinished(KubernetesPod p) {
    Map<String, String> annotations = p.metadata().annotations();
    if (p.metadata().deletionTimestamp() != null
        && ("".equals(annotations.get(POD_IP)) || "".equals(annotations.get(AWS_POD_IPS)))) {
      // Being deleted, and the CNI plugin has already taken the network away.
      return true;
    }
    return p.phase() != null && FINISHED.contains(p.phase());
  }

  /** The floating IPs annotation, NATed to the Pod's address of the same family. */
  private static List<WorkloadEndpoint.IPNAT> floatingIPs(Map<String, String> annotations,
      List<CIDR> nets) {
    String annotation = annotations.get(FLOATING_IPS);
    if (annotation == null || nets.isEmpty()) {
      return List.of();
    }
    String field = "metadata.annotations[" + FLOATING_IPS + "]";
    List<String> ips = stringList(annotation, field);
    CIDR v4 = null;
    CIDR v6 = null;
    for (CIDR net : nets) {
      CIDR masked = net.masked();
      if (masked.family() == IPFamily.V4) {
        v4 = requireHost(masked, 32, field);
      } else {
        v6 = requireHost(masked, 128, field);
      }
    }
    List<WorkloadEndpoint.IPNAT> nats = new ArrayList<>();
    for (String ip : ips) {
      CIDR target = ip.contains(":") ? v6 : v4;
      if (target != null) {
        nats.add(new WorkloadEndpoint.IPNAT(target.address().toString(), ip));
      }
    }
    return nats;
  }

  private static CIDR requireHost(CIDR net, int bits, String field) {
    if (net.prefixLength() != bits) {
      throw new ConversionException(field, "pod IP " + net + " is not a valid IPv"
          + (bits == 32 ? "4" : "6") + ": mask size is " + net.prefixLength() + ", not " + bits);
    }
    return net;
  }

  /** The allowed source prefixes annotation, each a CIDR, normalised to its network. */
  private static List<String> sourcePrefixes(Map<String, String> annotations) {
    String annotation = annotations.get(ALLOWED_SOURCE_PREFIXES);
    if (annotation == null || annotation.isEmpty()) {
      return List.of();
    }
    String field = "metadata.annotations[" + ALLOWED_SOURCE_PREFIXES + "]";
    List<String> out = new ArrayList<>();
    for (String prefix : stringList(annotation, field)) {
      try {
        out.add(CIDR.parse(prefix).masked().toString());
      } catch (IllegalArgumentException e) {
        throw new ConversionException(field, "failed to parse \"" + prefix + "\" as a CIDR: "
            + e.getMessage());
      }
    }
    return out;
  }

  /** {@code json.Unmarshal} into a {@code []string}: {@code null} is an empty list. */
  private static List<String> stringList(String json, String field) {
    Tree t;
    try {
      t = GoJson.parse(json);
    } catch (IllegalArgumentException e) {
      throw new ConversionException(field, "failed to parse '" + json + "' as JSON: "
          + e.getMessage());
    }
    if (GoJson.isNull(t)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (t instanceof Sequence s) {
      for (Tree item : s.items()) {
        if (item instanceof Scalar sc && sc.kind() == Tree.Kind.STRING) {
          out.add(sc.text());
        } else if (!GoJson.isNull(item)) {
          throw notStrings(json, field);
        } else {
          out.add("");
        }
      }
      return out;
    }
    throw notStrings(json, field);
  }

  private static ConversionException notStrings(String json, String field) {
    return new ConversionException(field, "failed to parse '" + json
        + "' as JSON: not a list of strings");
  }
}
