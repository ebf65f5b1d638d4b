package io.github.calicobgp.peering;

import io.github.calicobgp.api.manifest.IgnoredAnnotation;
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
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
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
 * {@code node.<name>} BGPConfigurations count. A Node whose address does not parse is left out, as
 * confd drops it ({@code bgpNodeUpdateProcessor.Process},
 * libcalico-go/lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go). Every list is in a
 * fixed order (by name, or by namespace and name), so the input order never matters.
 *
 * <p>Thread-safe: derived indexes (such as the nodes a selector matches) are memoised lazily.
 */
public final class ClusterSnapshot {

  private static final Comparator<CalicoNode> BY_NODE_NAME =
      Comparator.comparing(CalicoNode::name);

  private static final Comparator<Resource> BY_NAMESPACE_AND_NAME =
      Comparator.comparing((Resource r) -> r.metadata().namespaceOrEmpty())
          .thenComparing(r -> r.metadata().nameOrEmpty());

  private final List<CalicoNode> nodes;
  private final List<IgnoredNode> ignoredNodes;
  private final List<IgnoredAnnotation> ignoredAnnotations;
  /** Whose stored form the resources are read in. */
  private final Datastore datastore;
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
  private volatile @Nullable MeshCandidates meshCandidates;
  private final NodeLevelValues nodeLevelValues;
  /**
   * One more than the highest position of a node: the size of per-node lists by position. A
   * snapshot built from resources numbers its nodes 0..n-1 in name order; a {@link #derive derived}
   * one keeps each node's position and gives a new node the next free one, so positions are then
   * not in name order and some may be unused.
   */
  private final int positions;
  /** Positions below {@link #positions} that no node has (a derived snapshot's deleted nodes). */
  private final BitSet freePositions;
  private final List<BGPConfiguration> configurationList;
  private final List<Secret> secretList;
  private final List<EndpointSlice> endpointSliceList;

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
    positions = nodes.size();
    freePositions = new BitSet();
    ignoredNodes = List.copyOf(ignored);
    ignoredAnnotations = List.copyOf(b.ignoredAnnotations);
    datastore = b.datastore;
    nodesByAddress = new HashMap<>();
    for (CalicoNode node : nodes) {
      for (CIDR cidr : new CIDR[] {node.ipv4(), node.ipv6()}) {
        if (cidr != null) {
          nodesByAddress.computeIfAbsent(cidr.address().toString(), k -> new ArrayList<>())
              .add(node);
        }
      }
    }
    nodesByAddress.replaceAll((address, list) -> List.copyOf(list));

    ConfigurationIndex configs = ConfigurationIndex.of(b.stored(b.configurations));
    defaultConfiguration = configs.global();
    nodeConfigurations = configs.perNode();
    configurationList = List.copyOf(b.configurations);
    secretList = List.copyOf(b.secrets);
    endpointSliceList = List.copyOf(b.endpointSlices);
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
    nodeLevelValues = new NodeLevelValues(nodes, ipPools, settings.clusterRoutePolicy());
  }

  /**
   * The snapshot {@code old} becomes with {@code delta}, sharing what did not change: the indexes
   * of a kind that did not change are the old ones, node-level ones are copied and updated for the
   * changed nodes only (no Node is parsed again but the changed ones), and memoised selector
   * results are carried over (see {@link NodeSelection#derive}).
   */
  private ClusterSnapshot(ClusterSnapshot old, SnapshotDelta delta) {
    List<CalicoNode> sortedNodes = old.nodes;
    List<IgnoredNode> ignored = old.ignoredNodes;
    Map<String, List<CalicoNode>> byAddress = old.nodesByAddress;
    NodeSelection nodeSelection = old.selection;
    int nextPosition = old.positions;
    BitSet free = old.freePositions;
    List<CalicoNode> removed = new ArrayList<>();
    List<CalicoNode> added = new ArrayList<>();
    if (!delta.nodes.isEmpty()) {
      List<CalicoNode> list = new ArrayList<>(old.nodes);
      List<IgnoredNode> ignoredList = new ArrayList<>(old.ignoredNodes);
      byAddress = new HashMap<>(old.nodesByAddress);
      free = (BitSet) old.freePositions.clone();
      for (Map.Entry<String, Node> change : delta.nodes.entrySet()) {
        String name = change.getKey();
        int index = indexOf(list, name);
        CalicoNode previous = index < 0 ? null : list.get(index);
        ignoredList.removeIf(i -> i.node().metadata().nameOrEmpty().equals(name));
        if (previous != null) {
          removed.add(previous);
          list.remove(index);
          for (CIDR cidr : new CIDR[] {previous.ipv4(), previous.ipv6()}) {
            if (cidr != null) {
              String address = cidr.address().toString();
              List<CalicoNode> owners = new ArrayList<>(byAddress.get(address));
              owners.removeIf(n -> n.name().equals(name));
              if (owners.isEmpty()) {
                byAddress.remove(address);
              } else {
                byAddress.put(address, List.copyOf(owners));
              }
            }
          }
        }
        Node node = change.getValue();
        int position = previous != null ? previous.position()
            : free.isEmpty() ? nextPosition : free.nextSetBit(0);
        Optional<CalicoNode> parsed =
            node == null ? Optional.empty() : CalicoNode.of(node, position, ignoredList::add);
        if (parsed.isEmpty()) {
          if (previous != null) {
            free.set(previous.position());
          }
          continue;
        }
        CalicoNode calicoNode = parsed.get();
        if (position == nextPosition) {
          nextPosition++;
        } else {
          free.clear(position);
        }
        added.add(calicoNode);
        int at = Collections.binarySearch(list, calicoNode, BY_NODE_NAME);
        list.add(-at - 1, calicoNode);
        for (CIDR cidr : new CIDR[] {calicoNode.ipv4(), calicoNode.ipv6()}) {
          if (cidr != null) {
            String address = cidr.address().toString();
            List<CalicoNode> owners =
                new ArrayList<>(byAddress.getOrDefault(address, List.of()));
            int where = Collections.binarySearch(owners, calicoNode, BY_NODE_NAME);
            owners.add(where < 0 ? -where - 1 : where, calicoNode);
            byAddress.put(address, List.copyOf(owners));
          }
        }
      }
      ignoredList.sort(Comparator.comparing(i -> i.node().metadata().nameOrEmpty()));
      sortedNodes = Collections.unmodifiableList(list);
      ignored = List.copyOf(ignoredList);
      nodeSelection = old.selection.derive(sortedNodes, removed, added);
    }
    nodes = sortedNodes;
    ignoredNodes = ignored;
    ignoredAnnotations = old.ignoredAnnotations;
    datastore = old.datastore;
    nodesByAddress = byAddress;
    positions = nextPosition;
    freePositions = free;
    selection = nodeSelection;

    if (delta.configurations != null) {
      ConfigurationIndex configs = ConfigurationIndex.of(stored(delta.configurations, datastore));
      defaultConfiguration = configs.global();
      nodeConfigurations = configs.perNode();
      configurationList = List.copyOf(delta.configurations);
      settings = new ClusterSettings(defaultConfiguration, nodeConfigurations);
    } else {
      defaultConfiguration = old.defaultConfiguration;
      nodeConfigurations = old.nodeConfigurations;
      configurationList = old.configurationList;
      settings = old.settings;
    }
    bgpPeers = delta.bgpPeers != null ? sorted(stored(delta.bgpPeers, datastore)) : old.bgpPeers;
    if (delta.bgpFilters != null) {
      bgpFilters = new TreeMap<>();
      for (BGPFilter filter : delta.bgpFilters) {
        bgpFilters.put(filter.metadata().nameOrEmpty(), filter);
      }
      bgpFilterList = List.copyOf(bgpFilters.values());
    } else {
      bgpFilters = old.bgpFilters;
      bgpFilterList = old.bgpFilterList;
    }
    ipPools = delta.ipPools != null ? sorted(stored(delta.ipPools, datastore)) : old.ipPools;
    if (delta.blockAffinities.isEmpty()) {
      blockAffinities = old.blockAffinities;
    } else {
      blockAffinities = new HashMap<>(old.blockAffinities);
      delta.blockAffinities.forEach((node, list) -> {
        if (list.isEmpty()) {
          blockAffinities.remove(node);
        } else {
          blockAffinities.put(node, sorted(stored(list, datastore)));
        }
      });
    }
    if (delta.blockAffinities.isEmpty() && added.isEmpty()) {
      nodeBlockAffinities = old.nodeBlockAffinities;
    } else {
      List<List<BlockAffinity>> byPosition = new ArrayList<>(positions);
      byPosition.addAll(old.nodeBlockAffinities);
      while (byPosition.size() < positions) {
        byPosition.add(List.of());
      }
      for (CalicoNode node : removed) {
        byPosition.set(node.position(), List.of());
      }
      for (CalicoNode node : nodesWithBlockChanges(delta, added)) {
        byPosition.set(node.position(), blockAffinities(node.name()));
      }
      nodeBlockAffinities = Collections.unmodifiableList(byPosition);
    }
    if (delta.workloadEndpoints.isEmpty()) {
      workloadEndpoints = old.workloadEndpoints;
    } else {
      workloadEndpoints = new HashMap<>(old.workloadEndpoints);
      delta.workloadEndpoints.forEach((node, list) -> {
        if (list.isEmpty()) {
          workloadEndpoints.remove(node);
        } else {
          workloadEndpoints.put(node, sorted(list));
        }
      });
    }
    services = delta.services != null ? sorted(stored(delta.services, datastore)) : old.services;
    if (delta.endpointSlices != null) {
      endpointSliceList = List.copyOf(delta.endpointSlices);
      endpointSlices = groupSorted(
          endpointSliceList.stream()
              .filter(s -> s.metadata().labels().containsKey(EndpointSlice.SERVICE_NAME_LABEL))
              .toList(),
          ServiceName::of);
    } else {
      endpointSliceList = old.endpointSliceList;
      endpointSlices = old.endpointSlices;
    }
    if (delta.secrets != null) {
      secretList = List.copyOf(delta.secrets);
      secrets = SecretResolver.of(secretList);
    } else {
      secretList = old.secretList;
      secrets = old.secrets;
    }
    meshCandidates = delta.nodes.isEmpty() ? old.meshCandidates : null;
    nodeLevelValues = delta.nodes.isEmpty() && delta.ipPools == null
        && delta.configurations == null
        ? old.nodeLevelValues
        : new NodeLevelValues(nodes, ipPools, settings.clusterRoutePolicy());
  }

  /** The nodes of this snapshot whose block affinities must be looked up again. */
  private List<CalicoNode> nodesWithBlockChanges(SnapshotDelta delta, List<CalicoNode> added) {
    List<CalicoNode> result = new ArrayList<>(added);
    for (String name : delta.blockAffinities.keySet()) {
      CalicoNode node = findCalicoNode(name);
      if (node != null) {
        result.add(node);
      }
    }
    return result;
  }

  /** This snapshot changed by {@code delta}, sharing what did not change. */
  ClusterSnapshot derive(SnapshotDelta delta) {
    return new ClusterSnapshot(this, delta);
  }

  /** One more than the highest position of a node: the size of lists by position. */
  int positions() {
    return positions;
  }

  /** Every BGPConfiguration given, those that do not count included. */
  List<BGPConfiguration> configurations() {
    return configurationList;
  }

  /** Every Secret given. */
  List<Secret> secretResources() {
    return secretList;
  }

  /** Every BlockAffinity, grouped by node. */
  List<BlockAffinity> allBlockAffinities() {
    return blockAffinities.values().stream().flatMap(List::stream).toList();
  }

  /** Every WorkloadEndpoint, grouped by node. */
  List<WorkloadEndpoint> allWorkloadEndpoints() {
    return workloadEndpoints.values().stream().flatMap(List::stream).toList();
  }

  /** Every EndpointSlice given, with or without a service-name label. */
  List<EndpointSlice> endpointSliceResources() {
    return endpointSliceList;
  }

  /**
   * {@return the snapshot of these resources, with passwords from the Secrets among them}
   *
   * @param resources every resource of the cluster, in any order
   */
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
   * {@return the snapshot of resources read from manifests, with passwords from the Secrets among
   * them; a duplicate is reported with the file and line of both resources}
   *
   * @param resources the resources read, with their source locations
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
    return builder.ignoredAnnotations(resources.ignoredAnnotations()).build();
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the names of the Calico nodes, sorted} */
  public List<String> nodeNames() {
    return nodes.stream().map(CalicoNode::name).toList();
  }

  /** {@return the Node resources confd knows (those whose addresses parse), sorted by name} */
  public List<Node> nodes() {
    return nodes.stream().map(CalicoNode::resource).toList();
  }

  /**
   * {@return the Node resources confd ignores because an address does not parse, sorted by name:
   * they are in none of this snapshot's other views ({@code bgpNodeUpdateProcessor.Process},
   * libcalico-go/lib/backend/syncersv1/updateprocessors/bgpnodeprocessor.go)}
   */
  public List<IgnoredNode> ignoredNodes() {
    return ignoredNodes;
  }

  /**
   * The annotations of Kubernetes Nodes that Calico ignored when it made Calico Nodes of them
   * (see {@link ResourceSet#ignoredAnnotations()}), in input order.
   *
   * @return the ignored annotations
   */
  public List<IgnoredAnnotation> ignoredAnnotations() {
    return ignoredAnnotations;
  }

  /**
   * {@return the Node called {@code name}, if confd knows it}
   *
   * @param name the node's name
   */
  public Optional<Node> node(String name) {
    return Optional.ofNullable(findCalicoNode(name)).map(CalicoNode::resource);
  }

  /**
   * {@return a node's labels (empty for an unknown node)}
   *
   * @param nodeName the node's name
   */
  public Map<String, String> labels(String nodeName) {
    CalicoNode node = findCalicoNode(nodeName);
    return node == null ? Map.of() : node.labels();
  }

  /**
   * {@return the nodes whose IPv4 or IPv6 BGP address is {@code address} in Go canonical text (e.g.
   * {@code 10.0.0.1} or {@code fd00::1}), sorted by name} Text in another spelling matches nothing,
   * as in confd.
   *
   * @param address an IPv4 or IPv6 address in Go's canonical text
   */
  public List<Node> nodesWithAddress(String address) {
    return calicoNodesWithAddress(address).stream().map(CalicoNode::resource).toList();
  }

  /**
   * {@return the names of the nodes a selector matches, sorted; none when it does not parse
   * ({@code nodesMatching}, confd/pkg/backends/calico/node_labels.go)}
   *
   * @param selector a Calico selector over Node labels
   */
  public List<String> nodesMatching(String selector) {
    return selection.nodesMatching(selector).stream().map(CalicoNode::name).toList();
  }

  /** {@return the {@code default} BGPConfiguration, if any} */
  public Optional<BGPConfiguration> defaultConfiguration() {
    return Optional.ofNullable(defaultConfiguration);
  }

  /**
   * {@return the {@code node.<nodeName>} BGPConfiguration, if any}
   *
   * @param nodeName the node's name
   */
  public Optional<BGPConfiguration> nodeConfiguration(String nodeName) {
    return Optional.ofNullable(nodeConfigurations.get(nodeName));
  }

  /** {@return the datastore whose stored form the resources are read in ({@link StoredForm})} */
  public Datastore datastore() {
    return datastore;
  }

  /** {@return every BGPPeer, sorted by name} */
  public List<BGPPeer> bgpPeers() {
    return bgpPeers;
  }

  /** {@return every BGPFilter, sorted by name} */
  public List<BGPFilter> bgpFilters() {
    return bgpFilterList;
  }

  /**
   * {@return the BGPFilter called {@code name}, if any}
   *
   * @param name the BGPFilter's name
   */
  public Optional<BGPFilter> bgpFilter(String name) {
    return Optional.ofNullable(bgpFilters.get(name));
  }

  /** {@return every IPPool, sorted by name} */
  public List<IPPool> ipPools() {
    return ipPools;
  }

  /**
   * {@return the BlockAffinities whose {@code spec.node} is {@code nodeName}, sorted by name}
   *
   * @param nodeName the node's name
   */
  public List<BlockAffinity> blockAffinities(String nodeName) {
    return blockAffinities.getOrDefault(nodeName, List.of());
  }

  /** The BlockAffinities of a node of this snapshot, sorted by name. */
  List<BlockAffinity> blockAffinities(CalicoNode node) {
    return nodeBlockAffinities.get(node.position());
  }

  /**
   * {@return the WorkloadEndpoints on {@code nodeName}, sorted by namespace and name}
   *
   * @param nodeName the node's name
   */
  public List<WorkloadEndpoint> workloadEndpoints(String nodeName) {
    return workloadEndpoints.getOrDefault(nodeName, List.of());
  }

  /** {@return every Service, sorted by namespace and name} */
  public List<Service> services() {
    return services;
  }

  /**
   * {@return the EndpointSlices of a Service: those in its namespace whose {@code
   * kubernetes.io/service-name} label is its name, sorted by name}
   *
   * @param namespace the Service's namespace
   * @param serviceName the Service's name
   */
  public List<EndpointSlice> endpointSlices(String namespace, String serviceName) {
    return endpointSlices.getOrDefault(new ServiceName(namespace, serviceName), List.of());
  }

  /**
   * Where passwords are read from.
   *
   * @return the resolver of password Secrets
   */
  public SecretResolver secrets() {
    return secrets;
  }

  CalicoNode calicoNode(String name) {
    CalicoNode node = findCalicoNode(name);
    if (node == null) {
      throw new UnknownNodeException(name, ignoredNodes.stream()
          .filter(ignored -> ignored.node().metadata().nameOrEmpty().equals(name))
          .findFirst().orElse(null));
    }
    return node;
  }

  /**
   * The node called {@code name}, found by binary search in the nodes sorted by name (no map by
   * name: a derived snapshot would have to copy it for every changed node).
   */
  @Nullable CalicoNode findCalicoNode(String name) {
    int index = indexOf(nodes, name);
    return index < 0 ? null : nodes.get(index);
  }

  /** Where the node called {@code name} is in {@code sorted}, or a negative number. */
  private static int indexOf(List<CalicoNode> sorted, String name) {
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = sorted.get(middle).name().compareTo(name);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
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
    MeshCandidates candidates = meshCandidates;
    if (candidates == null) {
      // Made on first use: a cluster without mesh never needs it.
      candidates = new MeshCandidates(nodes);
      meshCandidates = candidates;
    }
    return candidates;
  }

  NodeLevelValues nodeLevelValues() {
    return nodeLevelValues;
  }

  /** The stored form of {@code resources} in {@code datastore}, in order. */
  @SuppressWarnings("unchecked")
  private static <T extends Resource> List<T> stored(List<T> resources, Datastore datastore) {
    List<T> result = new ArrayList<>(resources.size());
    for (T resource : resources) {
      result.add((T) StoredForm.of(resource, datastore));
    }
    return result;
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
    private final List<IgnoredAnnotation> ignoredAnnotations = new ArrayList<>();
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
     * @param resource the resource to add
     * @return this builder
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

    /**
     * Adds every resource of {@code resources}, in order.
     *
     * @param resources the resources to add
     * @return this builder
     */
    public Builder addAll(Collection<? extends Resource> resources) {
      resources.forEach(this::add);
      return this;
    }

    /**
     * Records annotations of Kubernetes Nodes that Calico ignored when it converted them (a
     * source that converts Kubernetes Nodes passes them on, so that diagnostics can name them).
     *
     * @param ignored the annotations
     * @return this builder
     */
    public Builder ignoredAnnotations(Collection<IgnoredAnnotation> ignored) {
      ignoredAnnotations.addAll(ignored);
      return this;
    }

    /**
     * Reads passwords through {@code resolver} instead of the Secrets added.
     *
     * @param resolver the resolver of password Secrets
     * @return this builder
     */
    public Builder secretResolver(SecretResolver resolver) {
      secretResolver = resolver;
      return this;
    }

    /** {@return the snapshot of the resources added so far, in their stored form} */
    public ClusterSnapshot build() {
      return new ClusterSnapshot(this);
    }

    /** The stored form of {@code resources}, in order. */
    private <T extends Resource> List<T> stored(List<T> resources) {
      return ClusterSnapshot.stored(resources, datastore);
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

  /**
   * The BGPConfigurations that count: {@code default}, and {@code node.<name>} by node name (the
   * others are ignored, as confd reads only these keys).
   */
  private record ConfigurationIndex(
      @Nullable BGPConfiguration global, Map<String, BGPConfiguration> perNode) {

    static ConfigurationIndex of(List<BGPConfiguration> configurations) {
      BGPConfiguration global = null;
      Map<String, BGPConfiguration> perNode = new HashMap<>();
      for (BGPConfiguration config : configurations) {
        if (config.isDefault()) {
          global = config;
        } else {
          config.nodeName().ifPresent(name -> perNode.put(name, config));
        }
      }
      return new ConfigurationIndex(global, Map.copyOf(perNode));
    }
  }

  /** A resource added to a builder and where it was read. */
  private record Added(Resource resource, String origin) {}
}
