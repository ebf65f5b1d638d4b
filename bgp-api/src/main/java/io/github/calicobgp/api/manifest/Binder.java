package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Schema.Component;
import io.github.calicobgp.api.manifest.Schema.Int;
import io.github.calicobgp.api.manifest.Schema.ListOf;
import io.github.calicobgp.api.manifest.Schema.MapOf;
import io.github.calicobgp.api.manifest.Schema.Rec;
import io.github.calicobgp.api.manifest.Schema.WireType;
import io.github.calicobgp.api.manifest.Tree.Entry;
import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Mapping;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import io.github.calicobgp.api.manifest.Tree.Sequence;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.IntOrString;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.GoDuration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decodes document trees into resource records, strictly, the way calicoctl's JSON decoding
 * does after its YAML-to-JSON step: unknown fields, wrong types and out-of-range numbers are
 * problems; {@code null} leaves a field absent; every problem is recorded (none stops the
 * decoding) and the location of every value is kept.
 */
final class Binder {

  private static final String API_VERSION = "apiVersion";
  private static final String KIND = "kind";
  private static final Set<String> LIST_META =
      Set.of("resourceVersion", "continue", "selfLink", "remainingItemCount");
  /**
   * ObjectMeta fields an API server sets that mean nothing here: accepted and dropped (the rest
   * of ObjectMeta is kept, see {@link ObjectMeta}).
   */
  private static final Set<String> DROPPED_META =
      Set.of("managedFields", "selfLink", "deletionGracePeriodSeconds");

  /** The group and version of the custom resources Calico stores in the Kubernetes datastore. */
  static final String CRD_V1 = "crd.projectcalico.org/v1";

  /**
   * The kinds read here that Calico's Kubernetes datastore stores as {@code crd.projectcalico.org}
   * custom resources (libcalico-go {@code lib/backend/k8s/resources/}: {@code bgpconfig.go},
   * {@code bgppeer.go}, {@code bgpfilter.go}, {@code ippool.go}, {@code ipam_affinity_v1.go}).
   * Nodes are Kubernetes Nodes there, and workload endpoints come from Pods.
   */
  private static final Set<ResourceKind> CRD_KINDS =
      Set.of(ResourceKind.BGP_CONFIGURATION, ResourceKind.BGP_PEER, ResourceKind.BGP_FILTER,
          ResourceKind.IP_POOL, ResourceKind.BLOCK_AFFINITY);

  private static final long AS_MAX_VALUE = 0xffff_ffffL;
  private static final BigInteger AS_MAX = BigInteger.valueOf(AS_MAX_VALUE);

  private final Problems problems;
  private final List<Resource> resources = new ArrayList<>();
  private final IdentityHashMap<Resource, ResourceLocations> locations = new IdentityHashMap<>();
  private final List<IgnoredAnnotation> ignoredAnnotations = new ArrayList<>();
  private final boolean usePodCIDR;

  /** The apiVersion the resource being decoded must state. */
  private String expectedApiVersion = "";

  /** The resource being decoded, as {@code Kind/name}, for problems. */
  private @Nullable String current;

  /** The locations of the values of the resource being decoded, by field path. */
  private Map<String, SourceLocation> fieldLocations = new HashMap<>();

  Binder(Problems problems, boolean usePodCIDR) {
    this.problems = problems;
    this.usePodCIDR = usePodCIDR;
  }

  List<IgnoredAnnotation> ignoredAnnotations() {
    return ignoredAnnotations;
  }

  /**
   * How a resource is written: as a v3 resource, as a Calico CRD, as a Kubernetes Node, or as
   * the Kubernetes Pod a WorkloadEndpoint is derived from.
   */
  enum Form {
    V3,
    CRD,
    KUBERNETES_NODE,
    KUBERNETES_POD
  }

  /** A Kubernetes Pod, read as its WorkloadEndpoint ({@link KubernetesPods}). */
  private static final Shape POD = new Shape(ResourceKind.WORKLOAD_ENDPOINT, Form.KUBERNETES_POD);

  /** The kind of a resource and the form it is written in. */
  record Shape(ResourceKind kind, Form form) {
    String apiVersion() {
      return switch (form) {
        case V3 -> kind.apiVersion();
        case CRD -> CRD_V1;
        case KUBERNETES_NODE, KUBERNETES_POD -> "v1";
      };
    }
  }

  List<Resource> resources() {
    return resources;
  }

  IdentityHashMap<Resource, ResourceLocations> locations() {
    return locations;
  }

  /**
   * Decodes one document: a resource, a {@code <Kind>List}, a {@code v1 List}, or a sequence of
   * resources (as calicoctl accepts); an empty document is skipped.
   */
  void document(Tree root) {
    if (root instanceof Mapping) {
      topLevel((Mapping) root);
    } else if (root instanceof Sequence) {
      for (Tree item : ((Sequence) root).items()) {
        item(item, null);
      }
    } else if (((Scalar) root).kind() != Kind.NULL) {
      problem(root.location(), "", "expected a resource (a mapping with apiVersion and kind), got "
          + describe(root));
    }
  }

  private void topLevel(Mapping m) {
    @Nullable String kind = typeMeta(m, KIND);
    @Nullable String apiVersion = typeMeta(m, API_VERSION);
    if (isV1List(m)) {
      list(m, null);
      return;
    }
    Optional<ResourceKind> listOf =
        kind == null ? Optional.empty() : ResourceKind.byListKind(kind);
    if ("PodList".equals(kind) && "v1".equals(apiVersion)) {
      list(m, POD);
      return;
    }
    if (listOf.isPresent()) {
      Shape shape = shape(listOf.get(), apiVersion);
      if (shape != null) {
        list(m, shape);
        return;
      }
    }
    item(m, null);
  }

  /**
   * A list document: its items are resources of {@code kind}, or of their own kinds. The items
   * are decoded where they stand among the list's fields, so that the problems are in the order
   * of the text whether the list was parsed whole or its items bound as they were parsed ({@link
   * ListItems}).
   */
  private void list(Mapping m, @Nullable Shape kind) {
    Set<String> seen = new HashSet<>();
    for (Entry e : entries(m, "")) {
      String key = key(e, "", seen);
      if (key == null || key.equals(KIND) || key.equals(API_VERSION)) {
        continue;
      }
      if (key.equals("items")) {
        Tree items = e.value();
        if (items instanceof Sequence) {
          for (Tree item : ((Sequence) items).items()) {
            item(item, kind);
          }
        } else if (!isNull(items)) {
          problem(items.location(), "items", "expected a list of resources, got "
              + describe(items));
        }
      } else if (key.equals("metadata")) {
        listMeta(e.value());
      } else {
        problem(e.key().location(), key, unknownField(key, null));
      }
    }
  }

  /**
   * Whether a top-level mapping is a {@code v1 List}, whose items are resources of their own
   * kinds.
   */
  static boolean isV1List(Mapping m) {
    return "List".equals(typeMeta(m, KIND)) && "v1".equals(typeMeta(m, API_VERSION));
  }

  /** Decodes one item of a {@code v1 List} whose items are bound as they are parsed. */
  void listItem(Tree item) {
    item(item, null);
  }

  /** How much a read had decoded at some point, to undo what follows. */
  record Mark(int resources, int ignoredAnnotations, int problems) {}

  /** {@return what has been decoded so far} */
  Mark mark() {
    return new Mark(resources.size(), ignoredAnnotations.size(), problems.size());
  }

  /** Forgets what was decoded since {@code mark}. */
  void reset(Mark mark) {
    while (resources.size() > mark.resources()) {
      locations.remove(resources.remove(resources.size() - 1));
    }
    ignoredAnnotations.subList(mark.ignoredAnnotations(), ignoredAnnotations.size()).clear();
    problems.truncate(mark.problems());
    current = null;
  }

  private void listMeta(Tree meta) {
    if (meta instanceof Mapping) {
      Set<String> seen = new HashSet<>();
      for (Entry e : entries((Mapping) meta, "metadata")) {
        String key = key(e, "metadata", seen);
        if (key != null && !LIST_META.contains(key)) {
          problem(e.key().location(), "metadata." + key, unknownField(key, null));
        }
      }
    } else if (!isNull(meta)) {
      problem(meta.location(), "metadata", "expected a mapping, got " + describe(meta));
    }
  }

  /** One resource; {@code listKind} is the kind of its list, when that fixes its kind. */
  private void item(Tree tree, @Nullable Shape listKind) {
    if (!(tree instanceof Mapping)) {
      if (!isNull(tree)) {
        problem(tree.location(), "", "expected a resource (a mapping), got " + describe(tree));
      }
      return;
    }
    Mapping m = (Mapping) tree;
    Shape shape = listKind != null ? listKind : resourceKind(m);
    if (shape == null) {
      return;
    }
    ResourceKind kind = shape.kind();
    current = shape.form() == Form.KUBERNETES_POD ? displayName("Pod", m) : displayName(kind, m);
    fieldLocations = new HashMap<>();
    expectedApiVersion = shape.apiVersion();
    Resource r;
    if (shape.form() == Form.KUBERNETES_POD) {
      r = kubernetesPod(m);
    } else if (shape.form() == Form.KUBERNETES_NODE) {
      r = kubernetesNode(m);
    } else if (shape.form() == Form.CRD) {
      Mapping crd = CustomResources.toV3Shape(kind, m, this::problem);
      Object record = record(crd, Schema.of(kind.type()), "", kind);
      r = record == null ? null : CustomResources.withCalicoMetadata((Resource) record,
          (path, message) -> problem(fieldLocations.getOrDefault(path, m.location()), path,
              message));
    } else {
      Object record = record(m, Schema.of(kind.type()), "", kind);
      r = (Resource) record;
    }
    if (r != null && usePodCIDR && r instanceof BlockAffinity) {
      // With usePodCIDR, Calico's BGP syncer does not watch block affinities at all (libcalico-go
      // lib/backend/syncersv1/bgpsyncer/bgpsyncer.go, New): they are decoded, then ignored.
      r = null;
    }
    if (r != null) {
      resources.add(r);
      locations.put(r, new ResourceLocations(m.location(), fieldLocations));
      if (usePodCIDR && r instanceof Node node) {
        podCIDRAffinities(node, m.location());
      }
    }
    current = null;
  }

  /**
   * With usePodCIDR, the block affinities Calico's BGP syncer derives from a Node's pod CIDRs
   * (libcalico-go {@code lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go}, {@code
   * Process}): one confirmed affinity of the node for each of its {@code status.podCIDRs} (which
   * {@code K8sNodeToCalico} fills from a Kubernetes Node's {@code spec.podCIDRs}), masked; a CIDR
   * that does not parse is skipped, as Calico skips it with a warning. They are located at the
   * Node.
   */
  private void podCIDRAffinities(Node node, SourceLocation at) {
    if (node.status() == null) {
      return;
    }
    String host = node.metadata().nameOrEmpty();
    for (String text : node.status().podCIDRs()) {
      CIDR cidr;
      try {
        cidr = CIDR.parse(text).masked();
      } catch (IllegalArgumentException e) {
        continue;
      }
      BlockAffinity a = new BlockAffinity(
          new ObjectMeta(BlockAffinity.calicoName(host, cidr), null, null, null, null, null,
              null, null, null, null, null, null),
          new BlockAffinity.Spec("confirmed", host, null, cidr.toString(), null));
      resources.add(a);
      locations.put(a, new ResourceLocations(at, Map.of()));
    }
  }

  /** The shape of {@code kind} written with {@code apiVersion}, or null when it cannot be. */
  private static @Nullable Shape shape(ResourceKind kind, @Nullable String apiVersion) {
    if (kind.apiVersion().equals(apiVersion)) {
      return new Shape(kind, Form.V3);
    }
    if (CRD_V1.equals(apiVersion) && CRD_KINDS.contains(kind)) {
      return new Shape(kind, Form.CRD);
    }
    if (kind == ResourceKind.NODE && "v1".equals(apiVersion)) {
      return new Shape(kind, Form.KUBERNETES_NODE);
    }
    return null;
  }

  /** The API versions {@code kind} may be written with, for messages. */
  private static String apiVersions(ResourceKind kind) {
    if (CRD_KINDS.contains(kind)) {
      return kind.apiVersion() + " (or " + CRD_V1 + " as stored in Kubernetes)";
    }
    if (kind == ResourceKind.NODE) {
      return kind.apiVersion() + " (or v1 for a Kubernetes Node)";
    }
    return kind.apiVersion();
  }

  /**
   * A Kubernetes Node, converted to the Calico Node that Calico derives from it ({@link
   * KubernetesNodes}). Only the parts Calico reads are decoded (strictly); the rest of its spec
   * and status (taints, conditions, node info, images, ...) is skipped.
   */
  private @Nullable Resource kubernetesNode(Mapping m) {
    int before = problems.size();
    ObjectMeta meta = ObjectMeta.EMPTY;
    String podCIDR = null;
    List<String> podCIDRs = List.of();
    List<NodeSpec.Address> addresses = List.of();
    Tree podCIDRTree = null;
    Set<String> seen = new HashSet<>();
    for (Entry e : entries(m, "")) {
      String key = key(e, "", seen);
      if (key == null || key.equals(KIND) || key.equals(API_VERSION)) {
        typeMetaOfKubernetesItem(key, e.value(), "Node");
        continue;
      }
      fieldLocations.put(key, e.value().location());
      switch (key) {
        case "metadata" -> {
          Object v = value(new Rec(ObjectMeta.class), e.value(), "metadata");
          meta = v == null ? meta : (ObjectMeta) v;
        }
        case "spec", "status" -> {
          if (!(e.value() instanceof Mapping)) {
            if (!isNull(e.value())) {
              wrongType(e.value(), key, "a mapping");
            }
            continue;
          }
          Set<String> seenInner = new HashSet<>();
          for (Entry inner : entries((Mapping) e.value(), key)) {
            String k = key(inner, key, seenInner);
            if (k == null) {
              continue;
            }
            String path = key + "." + k;
            if ("spec.podCIDR".equals(path)) {
              podCIDRTree = inner.value();
              podCIDR = (String) value(Schema.Scalar.STRING, inner.value(), path);
            } else if ("spec.podCIDRs".equals(path)) {
              @SuppressWarnings("unchecked")
              List<String> v =
                  (List<String>) value(new ListOf(Schema.Scalar.STRING), inner.value(), path);
              podCIDRs = v == null ? podCIDRs : v;
            } else if ("status.addresses".equals(path)) {
              @SuppressWarnings("unchecked")
              List<NodeSpec.Address> v = (List<NodeSpec.Address>)
                  value(new ListOf(new Rec(NodeSpec.Address.class)), inner.value(), path);
              addresses = v == null ? addresses : v;
            }
          }
        }
        default -> problem(e.key().location(), key, unknownField(key, null));
      }
    }
    if (problems.size() != before) {
      return null;
    }
    KubernetesNodes.Conversion c;
    try {
      c = KubernetesNodes.convert(
          new KubernetesNodes.KubernetesNode(meta, podCIDR, podCIDRs, addresses), usePodCIDR);
    } catch (IllegalArgumentException e) {
      problem(podCIDRTree == null ? m.location() : podCIDRTree.location(), "spec.podCIDR",
          String.valueOf(e.getMessage()));
      return null;
    }
    ignoredAnnotations.addAll(c.ignored());
    // The Calico fields that come from annotations are located at their annotation.
    Map<String, SourceLocation> fromAnnotations = new HashMap<>();
    for (String[] field : ANNOTATED_FIELDS) {
      SourceLocation at = fieldLocations.get("metadata.annotations[" + field[1] + "]");
      if (at != null) {
        fromAnnotations.put(field[0], at);
      }
    }
    fieldLocations.putAll(fromAnnotations);
    return c.node();
  }

  /**
   * A Kubernetes Pod, converted to the WorkloadEndpoint Calico derives from it ({@link
   * KubernetesPods}); null when Calico derives none. Only the parts Calico reads are decoded
   * (strictly); the rest of its spec, its containers and its status is skipped.
   */
  private @Nullable Resource kubernetesPod(Mapping m) {
    int before = problems.size();
    ObjectMeta meta = ObjectMeta.EMPTY;
    String nodeName = null;
    Boolean hostNetwork = null;
    String serviceAccount = null;
    String phase = null;
    String podIP = null;
    List<KubernetesPods.PodIP> podIPs = List.of();
    List<KubernetesPods.ContainerPort> ports = new ArrayList<>();
    List<KubernetesPods.ContainerPort> initPorts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Entry e : entries(m, "")) {
      String key = key(e, "", seen);
      if (key == null || key.equals(KIND) || key.equals(API_VERSION)) {
        typeMetaOfKubernetesItem(key, e.value(), "Pod");
        continue;
      }
      fieldLocations.put(key, e.value().location());
      if (key.equals("metadata")) {
        Object v = value(new Rec(ObjectMeta.class), e.value(), "metadata");
        meta = v == null ? meta : (ObjectMeta) v;
        continue;
      }
      if (!key.equals("spec") && !key.equals("status")) {
        problem(e.key().location(), key, unknownField(key, null));
        continue;
      }
      if (!(e.value() instanceof Mapping)) {
        if (!isNull(e.value())) {
          wrongType(e.value(), key, "a mapping");
        }
        continue;
      }
      Set<String> seenInner = new HashSet<>();
      for (Entry inner : entries((Mapping) e.value(), key)) {
        String k = key(inner, key, seenInner);
        if (k == null) {
          continue;
        }
        String path = key + "." + k;
        fieldLocations.put(path, inner.value().location());
        switch (path) {
          case "spec.nodeName" -> nodeName = (String) value(Schema.Scalar.STRING, inner.value(),
              path);
          case "spec.hostNetwork" -> hostNetwork = (Boolean) value(Schema.Scalar.BOOLEAN,
              inner.value(), path);
          case "spec.serviceAccountName" -> serviceAccount = (String) value(Schema.Scalar.STRING,
              inner.value(), path);
          case "spec.containers" -> containerPorts(inner.value(), path, ports);
          case "spec.initContainers" -> containerPorts(inner.value(), path, initPorts);
          case "status.phase" -> phase = (String) value(Schema.Scalar.STRING, inner.value(), path);
          case "status.podIP" -> podIP = (String) value(Schema.Scalar.STRING, inner.value(), path);
          case "status.podIPs" -> {
            @SuppressWarnings("unchecked")
            List<KubernetesPods.PodIP> v = (List<KubernetesPods.PodIP>)
                value(new ListOf(new Rec(KubernetesPods.PodIP.class)), inner.value(), path);
            podIPs = v == null ? podIPs : v;
          }
          default -> {
            // Read by Kubernetes, not by Calico.
          }
        }
      }
    }
    if (problems.size() != before) {
      return null;
    }
    ports.addAll(initPorts);
    try {
      return KubernetesPods.convert(new KubernetesPods.KubernetesPod(meta, nodeName,
          Boolean.TRUE.equals(hostNetwork), serviceAccount, ports, phase, podIP, podIPs));
    } catch (KubernetesPods.ConversionException e) {
      problem(fieldLocations.getOrDefault(e.field(), m.location()), e.field(),
          String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The ports of a Pod's containers; the rest of each container is Kubernetes' business. */
  private void containerPorts(Tree containers, String path,
      List<KubernetesPods.ContainerPort> out) {
    if (isNull(containers)) {
      return;
    }
    if (!(containers instanceof Sequence)) {
      wrongType(containers, path, "a list");
      return;
    }
    List<Tree> items = ((Sequence) containers).items();
    for (int i = 0; i < items.size(); i++) {
      Tree c = items.get(i);
      String child = path + "[" + i + "]";
      if (isNull(c)) {
        continue;
      }
      if (!(c instanceof Mapping)) {
        wrongType(c, child, "a mapping");
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (Entry e : entries((Mapping) c, child)) {
        String k = key(e, child, seen);
        if ("ports".equals(k)) {
          @SuppressWarnings("unchecked")
          List<KubernetesPods.ContainerPort> v = (List<KubernetesPods.ContainerPort>) value(
              new ListOf(new Rec(KubernetesPods.ContainerPort.class)), e.value(),
              child + ".ports");
          if (v != null) {
            out.addAll(v);
          }
        }
      }
    }
  }

  /** Calico Node fields and the annotations they come from. */
  private static final String[][] ANNOTATED_FIELDS = {
    {"spec.bgp.ipv4Address", KubernetesNodes.IPV4_ADDRESS},
    {"spec.bgp.ipv6Address", KubernetesNodes.IPV6_ADDRESS},
    {"spec.bgp.asNumber", KubernetesNodes.AS_NUMBER},
    {"spec.bgp.routeReflectorClusterID", KubernetesNodes.RR_CLUSTER_ID},
    {"spec.bgp.ipv4IPIPTunnelAddr", KubernetesNodes.IPIP_TUNNEL},
  };

  /** The kind a resource names, or null (with a problem) when it names none we know. */
  private @Nullable Shape resourceKind(Mapping m) {
    String kind = typeMeta(m, KIND);
    String apiVersion = typeMeta(m, API_VERSION);
    if (kind == null) {
      problem(m.location(), "", "missing kind: every resource needs apiVersion and kind");
      return null;
    }
    if (kind.equals("Pod")) {
      if ("v1".equals(apiVersion)) {
        return POD;
      }
      current = displayName("Pod", m);
      problem(apiVersion == null ? m.location() : valueAt(m, API_VERSION), API_VERSION,
          (apiVersion == null ? "missing apiVersion" : "wrong apiVersion \"" + apiVersion + "\"")
              + ": kind Pod is v1");
      current = null;
      return null;
    }
    Optional<ResourceKind> k = ResourceKind.byKind(kind);
    if (k.isPresent()) {
      Shape shape = shape(k.get(), apiVersion);
      if (shape != null) {
        return shape;
      }
    }
    String expectedApiVersion =
        k.or(() -> ResourceKind.byListKind(kind))
            .map(ResourceKind::apiVersion)
            .orElse(kind.equals("List") ? "v1" : null);
    if (expectedApiVersion == null) {
      problem(valueAt(m, KIND), KIND, "unknown kind \"" + kind + "\" (apiVersion "
          + (apiVersion == null ? "missing" : "\"" + apiVersion + "\"") + "); known: "
          + knownKinds());
      return null;
    }
    if (!expectedApiVersion.equals(apiVersion)) {
      current = k.map(known -> displayName(known, m)).orElse(null);
      problem(apiVersion == null ? m.location() : valueAt(m, API_VERSION), API_VERSION,
          (apiVersion == null ? "missing apiVersion" : "wrong apiVersion \"" + apiVersion + "\"")
              + ": kind " + kind + " is "
              + k.map(Binder::apiVersions).orElse(expectedApiVersion));
      current = null;
      return null;
    }
    problem(valueAt(m, KIND), KIND, "a " + kind + " cannot be an item of a list");
    return null;
  }

  private static final Schema OBJECT_META = Schema.of(ObjectMeta.class);

  private static String knownKinds() {
    return Arrays.stream(ResourceKind.values())
            .map(k -> k.apiVersion() + " " + k.kind())
            .collect(Collectors.joining(", "))
        + ", v1 Node (a Kubernetes Node), v1 Pod (read as its WorkloadEndpoint), " + CRD_V1 + " for the kinds Calico stores as custom"
        + " resources, each also as a <Kind>List, and v1 List";
  }

  /** A record from a mapping; {@code resource} is set for a top-level resource. */
  private @Nullable Object record(
      Mapping m, Schema schema, String path, @Nullable ResourceKind resource) {
    Object[] args = new Object[schema.components().size()];
    Set<String> seen = new HashSet<>();
    for (Entry e : entries(m, path)) {
      String key = key(e, path, seen);
      if (key == null) {
        continue;
      }
      String child = path.isEmpty() ? key : path + "." + key;
      fieldLocations.put(child, e.value().location());
      if (resource != null && (key.equals(KIND) || key.equals(API_VERSION))) {
        String expected = key.equals(KIND) ? resource.kind() : expectedApiVersion;
        String actual = e.value() instanceof Scalar ? GoYaml.asString((Scalar) e.value()) : null;
        if (!expected.equals(actual)) {
          problem(e.value().location(), child, "expected " + expected + ", got "
              + describe(e.value()));
        }
        continue;
      }
      Component c = schema.byWireName(key);
      if (c == null && schema == OBJECT_META && DROPPED_META.contains(key)) {
        continue;
      }
      if (c == null) {
        problem(e.key().location(), child, unknownField(key, schema));
        continue;
      }
      args[c.index()] = value(c.type(), e.value(), child);
    }
    for (Component c : schema.components()) {
      if (args[c.index()] == null && !c.nullable()) {
        args[c.index()] = emptyCollection(c.type());
      }
    }
    try {
      return schema.construct(args);
    } catch (IllegalArgumentException e) {
      problem(m.location(), path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable Object emptyCollection(WireType t) {
    if (t instanceof ListOf) {
      return List.of();
    }
    return t instanceof MapOf ? Map.of() : null;
  }

  /** A value of type {@code t}; null when absent or wrong (then with a problem). */
  private @Nullable Object value(WireType t, Tree v, String path) {
    if (isNull(v)) {
      return null;
    }
    if (t instanceof Schema.Scalar) {
      return scalar((Schema.Scalar) t, v, path);
    }
    if (t instanceof Int) {
      return integer((Int) t, v, path);
    }
    if (t instanceof Rec) {
      if (v instanceof Mapping) {
        return record((Mapping) v, Schema.of(((Rec) t).type()), path, null);
      }
      return wrongType(v, path, "a mapping");
    }
    if (t instanceof ListOf) {
      if (v instanceof Sequence) {
        return list(((ListOf) t).element(), (Sequence) v, path);
      }
      return wrongType(v, path, "a list");
    }
    if (v instanceof Mapping) {
      return map(((MapOf) t).base64(), (Mapping) v, path);
    }
    return wrongType(v, path, "a mapping of strings");
  }

  private @Nullable Object scalar(Schema.Scalar t, Tree v, String path) {
    if (!(v instanceof Scalar)) {
      return wrongType(v, path, expected(t));
    }
    Scalar s = (Scalar) v;
    switch (t) {
      case STRING:
        return GoYaml.asString(s);
      case BOOLEAN:
        return s.kind() == Kind.BOOL ? s.value() : wrongType(v, path, expected(t));
      case AS_NUMBER:
        return asNumber(s, path);
      case DURATION:
        if (s.kind() != Kind.STRING) {
          return wrongType(v, path, expected(t));
        }
        try {
          return GoDuration.parse((String) s.value());
        } catch (IllegalArgumentException e) {
          return invalid(v, path, e);
        }
      default:
        if (s.kind() == Kind.STRING) {
          return IntOrString.of((String) s.value());
        }
        if (s.kind() != Kind.INT && s.kind() != Kind.FLOAT) {
          return wrongType(v, path, expected(t));
        }
        Integer i = (Integer) integer(new Int("int32", Integer.MIN_VALUE, Integer.MAX_VALUE,
            false), v, path);
        return i == null ? null : IntOrString.of(i);
    }
  }

  private static String expected(Schema.Scalar t) {
    switch (t) {
      case STRING:
        return "a string";
      case BOOLEAN:
        return "a boolean (true or false)";
      case AS_NUMBER:
        return "an AS number";
      case DURATION:
        return "a duration string such as \"90s\"";
      default:
        return "an integer or a string";
    }
  }

  private @Nullable Object asNumber(Scalar s, String path) {
    if (s.kind() == Kind.STRING) {
      try {
        return ASNumber.parse((String) s.value());
      } catch (IllegalArgumentException e) {
        return invalid(s, path, e);
      }
    }
    if (s.kind() == Kind.FLOAT && integral(s) == null) {
      problem(s.location(), path, "AS number " + s.text() + " is not an integer (write an asdot"
          + " AS number in quotes, e.g. \"1.10\")");
      return null;
    }
    BigInteger n = integral(s);
    if (n == null) {
      return wrongType(s, path, "an AS number");
    }
    if (n.signum() < 0 || n.compareTo(AS_MAX) > 0) {
      problem(s.location(), path, "AS number " + s.text() + " is out of range 0.."
          + AS_MAX_VALUE);
      return null;
    }
    return ASNumber.of(n.longValue());
  }

  /**
   * An integer. A float with an integral value is accepted too, because calicoctl's YAML-to-JSON
   * step writes the float 1.0 as the JSON number 1.
   */
  private @Nullable Object integer(Int t, Tree v, String path) {
    if (!(v instanceof Scalar)) {
      return wrongType(v, path, "an integer");
    }
    Scalar s = (Scalar) v;
    BigInteger n = integral(s);
    if (n == null) {
      return wrongType(v, path, "an integer");
    }
    if (n.compareTo(BigInteger.valueOf(t.min())) < 0
        || n.compareTo(BigInteger.valueOf(t.max())) > 0) {
      problem(v.location(), path, s.text() + " does not fit " + t.goType());
      return null;
    }
    return t.isLong() ? (Object) n.longValue() : (Object) n.intValue();
  }

  /** The integer value of an integer scalar, or of a float that Go would write as one. */
  private static @Nullable BigInteger integral(Scalar s) {
    if (s.kind() == Kind.INT) {
      return (BigInteger) s.value();
    }
    if (s.kind() == Kind.FLOAT) {
      double d = (Double) s.value();
      if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e21) {
        return new BigDecimal(d).toBigIntegerExact();
      }
    }
    return null;
  }

  private List<Object> list(WireType element, Sequence seq, String path) {
    List<Object> out = new ArrayList<>(seq.items().size());
    List<Tree> items = seq.items();
    for (int i = 0; i < items.size(); i++) {
      Tree item = items.get(i);
      String child = path + "[" + i + "]";
      fieldLocations.put(child, item.location());
      Object v = isNull(item) ? zero(element, item, child) : value(element, item, child);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * What Go leaves in a list element that is {@code null}: the zero value ({@code ""}, 0, an
   * empty record).
   */
  private @Nullable Object zero(WireType t, Tree item, String path) {
    if (t instanceof Rec) {
      return record(new Mapping(item.location(), List.of()), Schema.of(((Rec) t).type()), path,
          null);
    }
    if (t instanceof Int) {
      return ((Int) t).isLong() ? (Object) 0L : (Object) 0;
    }
    if (t == Schema.Scalar.STRING) {
      return "";
    }
    if (t == Schema.Scalar.BOOLEAN) {
      return false;
    }
    if (t == Schema.Scalar.AS_NUMBER) {
      return ASNumber.of(0);
    }
    if (t == Schema.Scalar.INT_OR_STRING) {
      return IntOrString.of(0);
    }
    Object empty = emptyCollection(t);
    return empty != null ? empty : wrongType(item, path, "a duration string such as \"90s\"");
  }

  private Map<String, String> map(boolean base64, Mapping m, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Entry e : entries(m, path)) {
      String key = key(e, path, seen);
      if (key == null) {
        continue;
      }
      String child = path + "[" + key + "]";
      Tree v = e.value();
      fieldLocations.put(child, v.location());
      String text;
      if (isNull(v)) {
        text = "";
      } else if (!(v instanceof Scalar) || (base64 && ((Scalar) v).kind() != Kind.STRING)) {
        wrongType(v, child, base64 ? "a base64 string" : "a string");
        continue;
      } else {
        text = GoYaml.asString((Scalar) v);
      }
      if (base64 && !isBase64(text)) {
        problem(v.location(), child, "not valid base64 (standard alphabet, with padding)");
        continue;
      }
      out.put(key, text);
    }
    return out;
  }

  /** Go's base64 decoding of {@code []byte} fields: standard alphabet, padded, newlines ignored. */
  private static boolean isBase64(String text) {
    try {
      Base64.getDecoder().decode(text.replace("\r", "").replace("\n", ""));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The entries of a mapping with YAML merge keys ({@code <<: *defaults}) applied: keys written
   * in the mapping win over merged ones, and earlier merged mappings over later ones.
   */
  private List<Entry> entries(Mapping m, String path) {
    if (m.entries().stream().noneMatch(Entry::merge)) {
      return m.entries();
    }
    Set<String> explicit = new HashSet<>();
    for (Entry e : m.entries()) {
      if (!e.merge()) {
        explicit.add(GoYaml.keyString(e.key()));
      }
    }
    Set<String> merged = new HashSet<>();
    List<Entry> out = new ArrayList<>();
    for (Entry e : m.entries()) {
      if (!e.merge()) {
        out.add(e);
        continue;
      }
      List<Tree> sources =
          e.value() instanceof Sequence ? ((Sequence) e.value()).items() : List.of(e.value());
      for (Tree source : sources) {
        if (!(source instanceof Mapping)) {
          problem(source.location(), path, "a merge key (<<) needs a mapping or a list of"
              + " mappings, got " + describe(source));
          continue;
        }
        for (Entry me : entries((Mapping) source, path)) {
          String k = GoYaml.keyString(me.key());
          if (k == null || (!explicit.contains(k) && merged.add(k))) {
            out.add(me);
          }
        }
      }
    }
    return out;
  }

  /** The key of an entry as text, or null (with a problem) when it is unusable or repeated. */
  private @Nullable String key(Entry e, String path, Set<String> seen) {
    String key = GoYaml.keyString(e.key());
    if (key == null) {
      problem(e.key().location(), path, e.key() instanceof Scalar
          ? "a mapping key cannot be null"
          : "a mapping key must be a scalar, got " + describe(e.key()));
      return null;
    }
    if (!seen.add(key)) {
      problem(e.key().location(), path, "duplicate key \"" + key + "\"");
      return null;
    }
    return key;
  }

  private static String unknownField(String key, @Nullable Schema schema) {
    Component similar = schema == null ? null : schema.byWireNameIgnoringCase(key);
    return "unknown field \"" + key + "\""
        + (similar == null
            ? ""
            : " (did you mean \"" + similar.wireName() + "\"? field names are case-sensitive)");
  }

  /** The text of a type-meta field ({@code kind} or {@code apiVersion}), if it is a scalar. */
  /**
   * Checks the {@code kind} or {@code apiVersion} of a Kubernetes Node or Pod: they can only
   * differ from what is expected in an item of a {@code NodeList} or {@code PodList}, whose items
   * are read as the list's kind (an item of another kind would otherwise be read, silently, as
   * a Node or a Pod). {@code key} null or another field: nothing to check.
   */
  private void typeMetaOfKubernetesItem(@Nullable String key, Tree value, String kind) {
    if (key == null) {
      return;
    }
    String expected = key.equals(KIND) ? kind : expectedApiVersion;
    String actual = value instanceof Scalar ? GoYaml.asString((Scalar) value) : null;
    if (!expected.equals(actual)) {
      problem(value.location(), key, "expected " + expected + ", got " + describe(value)
          + " (the items of a " + kind + "List are " + kind + "s)");
    }
  }

  private static @Nullable String typeMeta(Mapping m, String field) {
    Tree v = lookup(m, field);
    return v instanceof Scalar ? GoYaml.asString((Scalar) v) : null;
  }

  private static SourceLocation valueAt(Mapping m, String field) {
    Tree v = lookup(m, field);
    return v == null ? m.location() : v.location();
  }

  private static @Nullable Tree lookup(Mapping m, String key) {
    for (Entry e : m.entries()) {
      if (key.equals(GoYaml.keyString(e.key()))) {
        return e.value();
      }
    }
    return null;
  }

  /** {@code Kind/name} or {@code Kind/namespace/name}, read before decoding, for problems. */
  private static String displayName(ResourceKind kind, Mapping m) {
    return displayName(kind.kind(), m);
  }

  private static String displayName(String kind, Mapping m) {
    Tree meta = lookup(m, "metadata");
    String name = null;
    String namespace = null;
    if (meta instanceof Mapping) {
      Tree n = lookup((Mapping) meta, "name");
      Tree ns = lookup((Mapping) meta, "namespace");
      name = n instanceof Scalar ? GoYaml.asString((Scalar) n) : null;
      namespace = ns instanceof Scalar ? GoYaml.asString((Scalar) ns) : null;
    }
    return kind + "/" + (namespace == null || namespace.isEmpty() ? "" : namespace + "/")
        + (name == null ? "<unnamed>" : name);
  }

  private static boolean isNull(Tree t) {
    return t instanceof Scalar && ((Scalar) t).kind() == Kind.NULL;
  }

  private @Nullable Object wrongType(Tree v, String path, String expected) {
    problem(v.location(), path, "expected " + expected + ", got " + describe(v));
    return null;
  }

  private @Nullable Object invalid(Tree v, String path, IllegalArgumentException e) {
    problem(v.location(), path, String.valueOf(e.getMessage()));
    return null;
  }

  void problem(SourceLocation at, String path, String message) {
    problems.add(at, current, path, message);
  }

  /** How a value reads in a message: {@code string "x"}, {@code number 1.5}, {@code a list}. */
  static String describe(Tree t) {
    if (t instanceof Mapping) {
      return "a mapping";
    }
    if (t instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) t;
    switch (s.kind()) {
      case STRING:
        return "string " + quote(s.text());
      case BOOL:
        return "boolean " + s.text();
      case NULL:
        return "null";
      default:
        return "number " + s.text();
    }
  }

  private static String quote(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
