package io.github.calicobgp.peering;

import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.manifest.SourceLocation;
import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One state of a cluster, immutable and indexed once: what confd knows when it renders. Build it
 * with {@link #of(ResourceSet)}, {@link #of(Collection)} or a {@link #builder()}; plan nodes with
 * a {@link PeeringEngine}.
 *
 * <p>The resources are read in the form their datastore stores them ({@link StoredForm}; the
 * Kubernetes API unless {@link Builder#datastore} says otherwise). Only the {@code default} and
 * {@code node.<name>} BGPConfigurations count. A Node whose
 * address does not parse is left out, as confd drops it (confd-behavior §3.1). Every list is in a
 * fixed order (by name, or by namespace and name), so the input order never matters.
 *
 * <p>Thread-safe: derived indexes (such as the nodes a selector matches) are memoised lazily.
 */
public final class ClusterSnapshot {

  private static final Comparator<Resource> BY_NAMESPACE_AND_NAME =
      Comparator.comparing((Resource r) -> r.metadata().namespaceOrEmpty())
          .thenComparing(r -> r.metadata().nameOrEmpty());

  private final List<CalicoNode> nodes;
  private final List<IgnoredNode> ignoredNodes;
  private final Map<String, CalicoNode> nodesByName;
  private final Map<String, List<CalicoNode>> nodesByAddress;
  private final @Nullable BGPConfiguration defaultConfiguration;
  private final Map<String, BGPConfiguration> nodeConfigurations;
  private final List<BGPPeer> bgpPeers;
  private final Map<String, BGPFilter> bgpFilters;
  private final List<BGPFilter> bgpFilterList;
  private final List<IPPool> ipPools;
  private final Map<String, List<BlockAffinity>> blockAffinities;
  /** The block affinities of each of {@link #nodes}, by position. */
  private final List<List<BlockAffinity>> nodeBlockAffinities;
  private final Map<String, List<WorkloadEndpoint>> workloadEndpoints;
  private final List<Service> services;
  private final Map<ServiceName, List<EndpointSlice>> endpointSlices;
  private final SecretResolver secrets;
  private final ClusterSettings settings;
  private final NodeSelection selection;
  private final MeshCandidates meshCandidates;
  private final NodeLevelValues nodeLevelValues;

  private ClusterSnapshot(Builder b) {
    // Sorted before they are made, so that positions follow names (and so does memory, mostly).
    List<Node> sortedNodes = new ArrayList<>(b.nodes);
    sortedNodes.sort(Comparator.comparing(node -> node.metadata().nameOrEmpty()));
    List<CalicoNode> calicoNodes = new ArrayList<>(sortedNodes.size());
    List<IgnoredNode> ignored = new ArrayList<>();
    Consumer<IgnoredNode> ignore = ignored::add;
    for (Node node : sortedNodes) {
      CalicoNode.of(node, calicoNodes.size(), ignore).ifPresent(calicoNodes::add);
    }
    nodes = List.copyOf(calicoNodes);
    ignoredNodes = List.copyOf(ignored);
    nodesByName = new HashMap<>();
    nodesByAddress = new HashMap<>();
    for (CalicoNode node : nodes) {
      nodesByName.put(node.name(), node);
      for (CIDR cidr : new CIDR[] {node.ipv4(), node.ipv6()}) {
        if (cidr != null) {
          nodesByAddress.computeIfAbsent(cidr.address().toString(), k -> new ArrayList<>())
              .add(node);
        }
      }
    }
    nodesByAddress.replaceAll((address, list) -> List.copyOf(list));

    BGPConfiguration global = null;
    Map<String, BGPConfiguration> perNode = new HashMap<>();
    for (BGPConfiguration config : b.stored(b.configurations)) {
      if (config.isDefault()) {
        global = config;
      } else {
        config.nodeName().ifPresent(name -> perNode.put(name, config));
      }
    }
    defaultConfiguration = global;
    nodeConfigurations = Map.copyOf(perNode);
    bgpPeers = sorted(b.stored(b.bgpPeers));
    bgpFilters = new TreeMap<>();
    for (BGPFilter filter : b.bgpFilters) {
      bgpFilters.put(filter.metadata().nameOrEmpty(), filter);
    }
    bgpFilterList = List.copyOf(bgpFilters.values());
    ipPools = sorted(b.stored(b.ipPools));
    blockAffinities = groupSorted(b.stored(b.blockAffinities), a -> nullToEmpty(a.spec().node()));
    nodeBlockAffinities = nodes.stream().map(node -> blockAffinities(node.name())).toList();
    workloadEndpoints = groupSorted(b.workloadEndpoints, w -> nullToEmpty(w.spec().node()));
    services = sorted(b.stored(b.services));
    endpointSlices = groupSorted(
        b.endpointSlices.stream()
            .filter(s -> s.metadata().labels().containsKey(EndpointSlice.SERVICE_NAME_LABEL))
            .toList(),
        ServiceName::of);
    secrets = b.secretResolver != null ? b.secretResolver : SecretResolver.of(b.secrets);
    settings = new ClusterSettings(defaultConfiguration, nodeConfigurations);
    selection = new NodeSelection(nodes);
    meshCandidates = new MeshCandidates(nodes);
    nodeLevelValues = new NodeLevelValues(nodes, ipPools, settings.clusterRoutePolicy());
  }

  /** The snapshot of these resources, with passwords from the Secrets among them. */
  public static ClusterSnapshot of(Collection<? extends Resource> resources) {
    return builder().addAll(resources).build();
  }

  /**
   * The snapshot of these resources as {@code datastore} stores them ({@link StoredForm}).
   *
   * @param resources the resources as written
   * @param datastore the datastore calico-node reads
   * @return the snapshot
   * @throws DuplicateResourceException if two resources have the same kind, namespace and name
   */
  public static ClusterSnapshot of(Collection<? extends Resource> resources, Datastore datastore) {
    return builder().datastore(datastore).addAll(resources).build();
  }

  /**
   * The snapshot of resources read from manifests, with passwords from the Secrets among them; a
   * duplicate is reported with the file and line of both resources.
   */
  public static ClusterSnapshot of(ResourceSet resources) {
    return of(resources, Datastore.KUBERNETES);
  }

  /**
   * The snapshot of resources read from manifests, as {@code datastore} stores them ({@link
   * StoredForm}); a duplicate is reported with the file and line of both resources.
   *
   * @param resources the resources read
   * @param datastore the datastore calico-node reads
   * @return the snapshot
   * @throws DuplicateResourceException if two resources have the same kind, namespace and name
   */
  public static ClusterSnapshot of(ResourceSet resources, Datastore datastore) {
    Builder builder = builder().datastore(datastore);
    for (Resource resource : resources.all()) {
      builder.add(resource, resources.locationOf(resource).map(SourceLocation::toString).orElse(""));
    }
    return builder.build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the Calico nodes, sorted. */
  public List<String> nodeNames() {
    return nodes.stream().map(CalicoNode::name).toList();
  }

  /** The Node resources confd knows (those whose addresses parse), sorted by name. */
  public List<Node> nodes() {
    return nodes.stream().map(CalicoNode::resource).toList();
  }

  /**
   * The Node resources confd ignores because an address does not parse, sorted by name: they are
   * in none of this snapshot's other views (confd-behavior §3.1).
   */
  public List<IgnoredNode> ignoredNodes() {
    return ignoredNodes;
  }

  /** The Node called {@code name}, if confd knows it. */
  public Optional<Node> node(String name) {
    return Optional.ofNullable(nodesByName.get(name)).map(CalicoNode::resource);
  }

  /** A node's labels (empty for an unknown node). */
  public Map<String, String> labels(String nodeName) {
    CalicoNode node = nodesByName.get(nodeName);
    return node == null ? Map.of() : node.labels();
  }

  /**
   * The nodes whose IPv4 or IPv6 BGP address is {@code address} in Go canonical text (e.g.
   * {@code 10.0.0.1} or {@code fd00::1}), sorted by name. Text in another spelling matches
   * nothing, as in confd.
   */
  public List<Node> nodesWithAddress(String address) {
    return calicoNodesWithAddress(address).stream().map(CalicoNode::resource).toList();
  }

  /** The names of the nodes a selector matches, sorted; none when it does not parse (§5.1). */
  public List<String> nodesMatching(String selector) {
    return selection.nodesMatching(selector).stream().map(CalicoNode::name).toList();
  }

  /** The {@code default} BGPConfiguration, if any. */
  public Optional<BGPConfiguration> defaultConfiguration() {
    return Optional.ofNullable(defaultConfiguration);
  }

  /** The {@code node.<nodeName>} BGPConfiguration, if any. */
  public Optional<BGPConfiguration> nodeConfiguration(String nodeName) {
    return Optional.ofNullable(nodeConfigurations.get(nodeName));
  }

  /** Every BGPPeer, sorted by name. */
  public List<BGPPeer> bgpPeers() {
    return bgpPeers;
  }

  /** Every BGPFilter, sorted by name. */
  public List<BGPFilter> bgpFilters() {
    return bgpFilterList;
  }

  /** The BGPFilter called {@code name}, if any. */
  public Optional<BGPFilter> bgpFilter(String name) {
    return Optional.ofNullable(bgpFilters.get(name));
  }

  /** Every IPPool, sorted by name. */
  public List<IPPool> ipPools() {
    return ipPools;
  }

  /** The BlockAffinities whose {@code spec.node} is {@code nodeName}, sorted by name. */
  public List<BlockAffinity> blockAffinities(String nodeName) {
    return blockAffinities.getOrDefault(nodeName, List.of());
  }

  /** The BlockAffinities of a node of this snapshot, sorted by name. */
  List<BlockAffinity> blockAffinities(CalicoNode node) {
    return nodeBlockAffinities.get(node.position());
  }

  /** The WorkloadEndpoints on {@code nodeName}, sorted by namespace and name. */
  public List<WorkloadEndpoint> workloadEndpoints(String nodeName) {
    return workloadEndpoints.getOrDefault(nodeName, List.of());
  }

  /** Every Service, sorted by namespace and name. */
  public List<Service> services() {
    return services;
  }

  /**
   * The EndpointSlices of a Service: those in its namespace whose
   * {@code kubernetes.io/service-name} label is its name, sorted by name.
   */
  public List<EndpointSlice> endpointSlices(String namespace, String serviceName) {
    return endpointSlices.getOrDefault(new ServiceName(namespace, serviceName), List.of());
  }

  /** Where passwords are read from. */
  public SecretResolver secrets() {
    return secrets;
  }

  CalicoNode calicoNode(String name) {
    CalicoNode node = nodesByName.get(name);
    if (node == null) {
      throw new UnknownNodeException(name, ignoredNodes.stream()
          .filter(ignored -> ignored.node().metadata().nameOrEmpty().equals(name))
          .findFirst().orElse(null));
    }
    return node;
  }

  @Nullable CalicoNode findCalicoNode(String name) {
    return nodesByName.get(name);
  }

  List<CalicoNode> calicoNodes() {
    return nodes;
  }

  List<CalicoNode> calicoNodesWithAddress(String address) {
    return nodesByAddress.getOrDefault(address, List.of());
  }

  /** The node that owns {@code address}, the first by name when several do; null if none. */
  @Nullable String nodeNameAt(IPAddress address) {
    List<CalicoNode> owners = nodesByAddress.get(address.toString());
    return owners == null ? null : owners.get(0).name();
  }

  ClusterSettings settings() {
    return settings;
  }

  NodeSelection selection() {
    return selection;
  }

  MeshCandidates meshCandidates() {
    return meshCandidates;
  }

  NodeLevelValues nodeLevelValues() {
    return nodeLevelValues;
  }

  private static <T extends Resource> List<T> sorted(List<T> resources) {
    List<T> copy = new ArrayList<>(resources);
    copy.sort(BY_NAMESPACE_AND_NAME);
    return List.copyOf(copy);
  }

  private static <K, T extends Resource> Map<K, List<T>> groupSorted(
      List<T> resources, Function<T, K> key) {
    Map<K, List<T>> groups = new LinkedHashMap<>();
    for (T resource : sorted(resources)) {
      groups.computeIfAbsent(key.apply(resource), k -> new ArrayList<>()).add(resource);
    }
    groups.replaceAll((k, list) -> List.copyOf(list));
    return groups;
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** Collects resources one by one; {@link #build()} checks for duplicates and indexes them. */
  public static final class Builder {
    private final Map<ResourceKey, Added> seen = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<BGPConfiguration> configurations = new ArrayList<>();
    private final List<BGPPeer> bgpPeers = new ArrayList<>();
    private final List<BGPFilter> bgpFilters = new ArrayList<>();
    private final List<IPPool> ipPools = new ArrayList<>();
    private final List<BlockAffinity> blockAffinities = new ArrayList<>();
    private final List<WorkloadEndpoint> workloadEndpoints = new ArrayList<>();
    private final List<Secret> secrets = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<EndpointSlice> endpointSlices = new ArrayList<>();
    private @Nullable SecretResolver secretResolver;
    private Datastore datastore = Datastore.KUBERNETES;

    private Builder() {}

    /**
     * Sets the datastore whose stored form ({@link StoredForm}) the snapshot reads;
     * {@link Datastore#KUBERNETES} unless set.
     *
     * @param value the datastore calico-node reads
     * @return this builder
     */
    public Builder datastore(Datastore value) {
      datastore = java.util.Objects.requireNonNull(value, "datastore");
      return this;
    }

    /**
     * Adds a resource.
     *
     * @throws DuplicateResourceException if one of the same kind, namespace and name was added
     */
    public Builder add(Resource resource) {
      return add(resource, "");
    }

    /** Adds a resource, saying where it was read (e.g. {@code "a.yaml:12:1"}) for errors. */
    private Builder add(Resource resource, String origin) {
      Added previous = seen.putIfAbsent(ResourceKey.of(resource), new Added(resource, origin));
      if (previous != null) {
        throw new DuplicateResourceException(previous.resource(), resource, previous.origin(), origin);
      }
      addByKind(resource);
      return this;
    }

    /** Adds every resource of {@code resources}, in order. */
    public Builder addAll(Collection<? extends Resource> resources) {
      resources.forEach(this::add);
      return this;
    }

    /** Reads passwords through {@code resolver} instead of the Secrets added. */
    public Builder secretResolver(SecretResolver resolver) {
      secretResolver = resolver;
      return this;
    }

    /** The snapshot of the resources added so far, in their stored form. */
    public ClusterSnapshot build() {
      return new ClusterSnapshot(this);
    }

    /** The stored form of {@code resources}, in order. */
    @SuppressWarnings("unchecked")
    private <T extends Resource> List<T> stored(List<T> resources) {
      List<T> result = new ArrayList<>(resources.size());
      for (T resource : resources) {
        result.add((T) StoredForm.of(resource, datastore));
      }
      return result;
    }

    private void addByKind(Resource resource) {
      if (resource instanceof Node r) {
        nodes.add(r);
      } else if (resource instanceof BGPConfiguration r) {
        configurations.add(r);
      } else if (resource instanceof BGPPeer r) {
        bgpPeers.add(r);
      } else if (resource instanceof BGPFilter r) {
        bgpFilters.add(r);
      } else if (resource instanceof IPPool r) {
        ipPools.add(r);
      } else if (resource instanceof BlockAffinity r) {
        blockAffinities.add(r);
      } else if (resource instanceof WorkloadEndpoint r) {
        workloadEndpoints.add(r);
      } else if (resource instanceof Secret r) {
        secrets.add(r);
      } else if (resource instanceof Service r) {
        services.add(r);
      } else if (resource instanceof EndpointSlice r) {
        endpointSlices.add(r);
      }
    }
  }

  /** A resource added to a builder and where it was read. */
  private record Added(Resource resource, String origin) {}
}
