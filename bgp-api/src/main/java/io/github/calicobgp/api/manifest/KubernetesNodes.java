package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Tree.Mapping;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import io.github.calicobgp.api.manifest.Tree.Sequence;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.NodeStatus;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.MacAddresses;
import io.github.calicobgp.api.value.ValueFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Kubernetes {@code v1} Node into the Calico Node that Calico's Kubernetes datastore
 * serves, as libcalico-go's {@code lib/backend/k8s/resources/node.go}, {@code K8sNodeToCalico},
 * does: BGP settings, tunnel addresses and WireGuard keys from {@code projectcalico.org/...}
 * annotations (each checked, and dropped when invalid), labels merged, addresses from the
 * status, the pod CIDRs into the status.
 */
final class KubernetesNodes {

  static final String PREFIX = "projectcalico.org/";
  static final String IPV4_ADDRESS = PREFIX + "IPv4Address";
  static final String IPV6_ADDRESS = PREFIX + "IPv6Address";
  static final String AS_NUMBER = PREFIX + "ASNumber";
  static final String RR_CLUSTER_ID = PREFIX + "RouteReflectorClusterID";
  static final String IPIP_TUNNEL = PREFIX + "IPv4IPIPTunnelAddr";
  static final String VXLAN_TUNNEL_V4 = PREFIX + "IPv4VXLANTunnelAddr";
  static final String VXLAN_MAC = PREFIX + "VXLANTunnelMACAddr";
  static final String VXLAN_TUNNEL_V6 = PREFIX + "IPv6VXLANTunnelAddr";
  static final String VXLAN_MAC_V6 = PREFIX + "VXLANTunnelMACAddrV6";
  static final String WIREGUARD_V4 = PREFIX + "IPv4WireguardInterfaceAddr";
  static final String WIREGUARD_V6 = PREFIX + "IPv6WireguardInterfaceAddr";
  static final String WIREGUARD_KEY = PREFIX + "WireguardPublicKey";
  static final String WIREGUARD_KEY_V6 = PREFIX + "WireguardPublicKeyV6";
  static final String INTERFACES = PREFIX + "Interfaces";
  static final String KUBE_LABELS = PREFIX + "kube-labels";
  static final String LABELS = PREFIX + "labels";
  static final String ANNOTATIONS = PREFIX + "annotations";

  /** The orchestrator name Calico gives Kubernetes ({@code apiv3.OrchestratorKubernetes}). */
  static final String ORCHESTRATOR = "k8s";

  private KubernetesNodes() {}

  /**
   * The parts of a Kubernetes Node that Calico reads.
   *
   * @param metadata the Node's metadata
   * @param podCIDR {@code spec.podCIDR}, or null
   * @param podCIDRs {@code spec.podCIDRs}
   * @param addresses {@code status.addresses}: address and type ({@code InternalIP}, ...)
   */
  record KubernetesNode(
      ObjectMeta metadata,
      @Nullable String podCIDR,
      List<String> podCIDRs,
      List<NodeSpec.Address> addresses) {}

  /**
   * The outcome of a conversion.
   *
   * @param node the Calico Node
   * @param ignored the annotations Calico ignored, in the order Calico reads them
   */
  record Conversion(Node node, List<IgnoredAnnotation> ignored) {}

  /** How Calico checks an annotation's value: null when valid, else why not. */
  @FunctionalInterface
  private interface Check {
    @Nullable String problem(String value);
  }

  /**
   * Converts a Kubernetes Node.
   *
   * @param k the Node
   * @param usePodCIDR Calico's {@code usePodCIDR} ({@code USE_POD_CIDR}, host-local IPAM): the
   *     IPIP (and, with a WireGuard key, WireGuard) tunnel address is taken from the pod CIDR
   *     instead of the annotations
   * @return the Calico Node and the annotations ignored
   * @throws IllegalArgumentException when {@code usePodCIDR} is on and {@code spec.podCIDR} is
   *     not a CIDR: Calico's conversion fails then ({@code getStaticTunnelAddress})
   */
  static Conversion convert(KubernetesNode k, boolean usePodCIDR) {
    ObjectMeta km = k.metadata();
    String name = km.nameOrEmpty();
    Map<String, String> annotations = km.annotations();
    List<IgnoredAnnotation> ignored = new ArrayList<>();

    // SetCalicoMetadataFromK8sAnnotations, then mergeCalicoAndK8sLabels.
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> calicoAnnotations = new LinkedHashMap<>();
    Map<String, String> stored = jsonMap(name, annotations, LABELS, ignored);
    if (stored != null) {
      labels.putAll(stored);
    }
    stored = jsonMap(name, annotations, ANNOTATIONS, ignored);
    if (stored != null) {
      calicoAnnotations.putAll(stored);
    }
    labels.putAll(km.labels());
    // json.Marshal of the Kubernetes labels; a Node without labels has a nil map: "null".
    calicoAnnotations.put(KUBE_LABELS, GoJson.marshal(km.labels().isEmpty() ? null : km.labels()));

    String ipv4 = annotation(name, annotations, IPV4_ADDRESS, v -> cidr(v, 4, false), ignored);
    String ipv6 = annotation(name, annotations, IPV6_ADDRESS, v -> cidr(v, 6, false), ignored);
    String clusterId = annotation(name, annotations, RR_CLUSTER_ID, v -> cidr(v, 4, true), ignored);
    ASNumber as = null;
    String asText = annotations.get(AS_NUMBER);
    if (asText != null) {
      // Unlike the others, an empty AS number is parsed too (and fails).
      try {
        as = ASNumber.parse(asText);
      } catch (IllegalArgumentException e) {
        ignored.add(new IgnoredAnnotation(name, AS_NUMBER, asText, message(e)));
      }
    }

    String ipipTunnel;
    String wireguardV4;
    String wireguardV6 = null;
    if (usePodCIDR && k.podCIDR() != null && !k.podCIDR().isEmpty()) {
      ipipTunnel = staticTunnelAddress(k.podCIDR());
      String key = annotations.get(WIREGUARD_KEY);
      wireguardV4 = key != null && !key.isEmpty() ? ipipTunnel : null;
    } else {
      ipipTunnel = annotation(name, annotations, IPIP_TUNNEL, v -> cidr(v, 4, true), ignored);
      wireguardV4 = annotation(name, annotations, WIREGUARD_V4, v -> cidr(v, 4, true), ignored);
      wireguardV6 = annotation(name, annotations, WIREGUARD_V6, v -> cidr(v, 6, true), ignored);
    }
    NodeSpec.BGP bgp =
        ipv4 == null && ipv6 == null && clusterId == null && as == null && ipipTunnel == null
            ? null
            : new NodeSpec.BGP(as, ipv4, ipv6, ipipTunnel, clusterId);
    NodeSpec.Wireguard wireguard =
        wireguardV4 == null && wireguardV6 == null
            ? null
            : new NodeSpec.Wireguard(wireguardV4, wireguardV6);

    String vxlanV4 = annotation(name, annotations, VXLAN_TUNNEL_V4, v -> cidr(v, 4, true), ignored);
    String vxlanMac = annotation(name, annotations, VXLAN_MAC, KubernetesNodes::mac, ignored);
    String vxlanV6 = annotation(name, annotations, VXLAN_TUNNEL_V6, v -> cidr(v, 6, true), ignored);
    String vxlanMacV6 = annotation(name, annotations, VXLAN_MAC_V6, KubernetesNodes::mac, ignored);

    String key = emptyToNull(annotations.get(WIREGUARD_KEY));
    String keyV6 = emptyToNull(annotations.get(WIREGUARD_KEY_V6));
    NodeStatus status =
        key == null && keyV6 == null && k.podCIDRs().isEmpty()
            ? null
            : new NodeStatus(key, keyV6, k.podCIDRs());

    // fillAllAddresses: the BGP addresses, then the Kubernetes internal and external ones.
    List<NodeSpec.Address> addresses = new ArrayList<>();
    if (ipv4 != null) {
      addresses.add(new NodeSpec.Address(ipv4, "CalicoNodeIP"));
    }
    if (ipv6 != null) {
      addresses.add(new NodeSpec.Address(ipv6, "CalicoNodeIP"));
    }
    for (NodeSpec.Address a : k.addresses()) {
      if ("InternalIP".equals(a.type()) || "ExternalIP".equals(a.type())) {
        addresses.add(new NodeSpec.Address(a.address() == null ? "" : a.address(), a.type()));
      }
    }

    List<NodeSpec.Interface> interfaces = interfaces(name, annotations, ignored);

    ObjectMeta meta =
        new ObjectMeta(
            km.name(),
            null,
            null,
            km.uid(),
            km.resourceVersion(),
            null,
            km.creationTimestamp(),
            null,
            labels,
            calicoAnnotations,
            null,
            null);
    NodeSpec spec =
        new NodeSpec(
            bgp,
            vxlanV4,
            vxlanMac,
            vxlanV6,
            vxlanMacV6,
            List.of(new NodeSpec.OrchRef(km.name(), ORCHESTRATOR)),
            wireguard,
            addresses,
            interfaces);
    return new Conversion(new Node(meta, spec, status), List.copyOf(ignored));
  }

  /** {@code getAnnotation}: the value if present, non-empty and valid, else null. */
  private static @Nullable String annotation(
      String node, Map<String, String> annotations, String key, Check check,
      List<IgnoredAnnotation> ignored) {
    String value = annotations.get(key);
    if (value == null || value.isEmpty()) {
      return null;
    }
    String problem = check.problem(value);
    if (problem != null) {
      ignored.add(new IgnoredAnnotation(node, key, value, problem));
      return null;
    }
    return value;
  }

  /**
   * Calico's {@code ValidateCIDRv4}/{@code ValidateCIDRv6} (an address or CIDR of the family,
   * host bits allowed) when not {@code strict}, {@code ValidateIPv4Network}/{@code
   * ValidateIPv6Network} (strictly masked) when {@code strict}.
   */
  private static @Nullable String cidr(String value, int version, boolean strict) {
    CIDR c;
    try {
      c = CIDR.parseNetOrIP(value);
    } catch (ValueFormatException e) {
      return message(e);
    }
    // The version of the address as written (Go's To4() rule), as Calico checks it.
    if (c.address().family().version() != version) {
      return "not an IPv" + version + (strict ? " network" : " address or CIDR");
    }
    if (strict && !c.isStrictlyMasked()) {
      return "not strictly masked (its network is " + c.masked() + ")";
    }
    return null;
  }

  private static @Nullable String mac(String value) {
    return MacAddresses.isValid(value) ? null : "not a MAC address";
  }

  /**
   * {@code getStaticTunnelAddress}: the pod CIDR's address (as written, host bits kept) with its
   * last byte incremented, wrapping from 255 to 0 as Go's byte arithmetic does; none for IPv6.
   */
  static @Nullable String staticTunnelAddress(String podCIDR) {
    CIDR c;
    try {
      c = CIDR.parse(podCIDR);
    } catch (ValueFormatException e) {
      throw new IllegalArgumentException("invalid pod CIDR \"" + podCIDR + "\": Calico's"
          + " conversion of the Node fails with usePodCIDR on (" + message(e) + ")", e);
    }
    IPAddress a = c.address();
    if (a.family() != IPFamily.V4) {
      return null;
    }
    byte[] bytes = a.toBytes();
    byte[] v4 = Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length);
    v4[3]++;
    return IPAddress.ofBytes(v4).toString();
  }

  /** A JSON-object annotation ({@code projectcalico.org/labels}, ...); null when absent. */
  private static @Nullable Map<String, String> jsonMap(
      String node, Map<String, String> annotations, String key, List<IgnoredAnnotation> ignored) {
    String value = annotations.get(key);
    if (value == null) {
      return null;
    }
    try {
      return GoJson.stringMap(value);
    } catch (IllegalArgumentException e) {
      ignored.add(new IgnoredAnnotation(node, key, value, message(e)));
      return null;
    }
  }

  /**
   * {@code fillAllInterfaces}: the {@code projectcalico.org/Interfaces} JSON, with invalid
   * addresses removed the way Calico removes them. Calico deletes from the slice it is ranging
   * over, so the element after a removed one is skipped, and a second removal can fall outside
   * the slice (a panic in Calico); both are reproduced, the panic as an ignored annotation.
   */
  private static List<NodeSpec.Interface> interfaces(
      String node, Map<String, String> annotations, List<IgnoredAnnotation> ignored) {
    String value = annotations.get(INTERFACES);
    if (value == null) {
      return List.of();
    }
    List<NodeSpec.Interface> out = new ArrayList<>();
    try {
      Tree t = GoJson.parse(value);
      if (GoJson.isNull(t)) {
        return List.of();
      }
      if (!(t instanceof Sequence)) {
        throw new IllegalArgumentException("not a JSON list of interfaces");
      }
      for (Tree item : ((Sequence) t).items()) {
        if (GoJson.isNull(item)) {
          out.add(new NodeSpec.Interface(null, List.of()));
          continue;
        }
        if (!(item instanceof Mapping)) {
          throw new IllegalArgumentException("an interface is not a JSON object");
        }
        String ifName = string(GoJson.member((Mapping) item, "name"));
        Tree addrs = GoJson.member((Mapping) item, "addresses");
        List<String> raw = new ArrayList<>();
        if (addrs != null && !GoJson.isNull(addrs)) {
          if (!(addrs instanceof Sequence)) {
            throw new IllegalArgumentException("addresses is not a JSON list");
          }
          for (Tree a : ((Sequence) addrs).items()) {
            String s = string(a);
            raw.add(s == null ? "" : s);
          }
        }
        out.add(new NodeSpec.Interface(ifName, removeInvalid(raw)));
      }
    } catch (IllegalArgumentException e) {
      ignored.add(new IgnoredAnnotation(node, INTERFACES, value, message(e)));
      return List.of();
    }
    return out;
  }

  private static @Nullable String string(@Nullable Tree t) {
    if (t == null || GoJson.isNull(t)) {
      return null;
    }
    if (t instanceof Scalar && ((Scalar) t).kind() == Tree.Kind.STRING) {
      return ((Scalar) t).text();
    }
    throw new IllegalArgumentException("expected a JSON string");
  }

  /** Go's {@code append(s[:j], s[j+1:]...)} inside a range over the original slice header. */
  private static List<String> removeInvalid(List<String> addresses) {
    String[] backing = addresses.toArray(new String[0]);
    int length = backing.length;
    for (int j = 0; j < backing.length; j++) {
      if (IPAddress.tryParse(backing[j]).isPresent()) {
        continue;
      }
      if (j + 1 > length) {
        throw new IllegalArgumentException("invalid interface addresses that make Calico's"
            + " conversion panic (fillAllInterfaces removes past the end of the list)");
      }
      System.arraycopy(backing, j + 1, backing, j, length - j - 1);
      length--;
    }
    return List.of(Arrays.copyOf(backing, length));
  }

  private static @Nullable String emptyToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String message(Exception e) {
    return String.valueOf(e.getMessage());
  }
}
