package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.resource.WorkloadEndpoint;
import io.github.calicobgp.api.value.ASNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random events over a small universe of resource names, so that events often hit the same
 * resources: every kind the engine reads, upserts and deletes, nodes that change address, AS,
 * labels (the ones the selectors read), cluster id and WireGuard, or become unparsable; BGPPeers
 * by selector, by node, by peerIP (at a node's address or not), reversing or not, with passwords
 * and local-workload selectors; the mesh switched on and off; Secrets, Services, EndpointSlices.
 */
public final class RandomClusterEvents {

  private static final String[] V4 = {"10.0.0.1/24", "10.0.0.2/24", "10.0.0.3/24", "10.0.0.4/24",
      "10.0.1.5/16"};
  private static final String[] V6 = {"fd00::1/64", "fd00::2/64", "fd00::3/64"};
  private static final String[] SELECTORS = {"rack == 'a'", "rack == 'b'", "has(rr)", "all()",
      "!has(rr)", "rack in {'a', 'b'}", "bad selector ((("};
  private static final int NODES = 6;

  private final Random random;

  /**
   * Events drawn from {@code seed}.
   *
   * @param seed the seed
   */
  public RandomClusterEvents(long seed) {
    this.random = new Random(seed);
  }

  /** A random event: an upsert of a random version of a resource, or a deletion. */
  public ResourceEvent next() {
    Resource resource = resource();
    if (random.nextInt(5) == 0) {
      return ResourceEvent.delete(ResourceKey.of(resource));
    }
    return ResourceEvent.upsert(resource);
  }

  /** Between {@code min} and {@code max} events. */
  public List<ResourceEvent> batch(int min, int max) {
    int size = min + random.nextInt(max - min + 1);
    List<ResourceEvent> events = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      events.add(next());
    }
    return events;
  }

  /** A cluster to start from: nodes, and a few of everything else. */
  public List<Resource> initial() {
    Map<ResourceKey, Resource> resources = new LinkedHashMap<>();
    int nodes = 2 + random.nextInt(NODES - 1);
    for (int i = 0; i < nodes; i++) {
      Resource node = node(i);
      resources.put(ResourceKey.of(node), node);
    }
    if (random.nextInt(4) != 0) {
      // Mostly without mesh: with the mesh on, every visible change of a node affects every node.
      Resource config = new BGPConfiguration(ObjectMeta.named("default"),
          BGPConfigurationSpec.builder().nodeToNodeMeshEnabled(false).build());
      resources.put(ResourceKey.of(config), config);
    }
    int others = random.nextInt(10);
    for (int i = 0; i < others; i++) {
      Resource resource = resource();
      resources.put(ResourceKey.of(resource), resource);
    }
    return new ArrayList<>(resources.values());
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private Resource resource() {
    return switch (random.nextInt(13)) {
      case 0, 1, 2, 3 -> node(random.nextInt(NODES));
      case 4, 5 -> peer();
      case 6 -> random.nextBoolean() ? configuration() : peer();
      case 7 -> filter();
      case 8 -> pool();
      case 9 -> block();
      case 10 -> workload();
      case 11 -> secret();
      default -> random.nextBoolean() ? service() : endpointSlice();
    };
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T maybe(T value) {
    return random.nextInt(3) == 0 ? null : value;
  }

  private Node node(int i) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (random.nextBoolean()) {
      labels.put("rack", random.nextBoolean() ? "a" : "b");
    }
    if (random.nextInt(4) == 0) {
      labels.put("rr", "true");
    }
    if (random.nextInt(4) == 0) {
      labels.put("node.kubernetes.io/exclude-from-external-load-balancers", "true");
    }
    String v4 = random.nextInt(6) == 0 ? null : random.nextInt(30) == 0 ? "10.0.0.300/24"
        : pick(V4);
    String v6 = random.nextInt(3) == 0 ? pick(V6) : null;
    ASNumber as = random.nextInt(3) == 0 ? ASNumber.of(65000 + random.nextInt(2)) : null;
    String clusterId = random.nextInt(4) == 0 ? "1.1.1." + (1 + random.nextInt(2)) : null;
    NodeSpec spec = NodeSpec.ofBgp(new NodeSpec.BGP(as, v4, v6, null, clusterId));
    if (random.nextInt(6) == 0) {
      spec = spec.withWireguard(new NodeSpec.Wireguard("10.200.0." + i, null));
    }
    return new Node(ObjectMeta.named("n" + i, labels), spec);
  }

  private BGPPeer peer() {
    BGPPeerSpec.Builder spec = BGPPeerSpec.builder();
    switch (random.nextInt(4)) {
      case 0 -> { } // global
      case 1 -> spec.node("n" + random.nextInt(NODES));
      default -> spec.nodeSelector(pick(SELECTORS));
    }
    switch (random.nextInt(4)) {
      case 0 -> spec.peerIP(random.nextBoolean() ? "192.0.2.1" : "192.0.2.2:1790");
      case 1 -> spec.peerIP(pick(V4).replaceAll("/.*", "") + (random.nextBoolean() ? "" : ":179"));
      default -> spec.peerSelector(pick(SELECTORS));
    }
    spec.asNumber(maybe(ASNumber.of(64512 + random.nextInt(3))));
    if (random.nextInt(3) == 0) {
      spec.password(BGPPassword.fromSecret("s" + random.nextInt(2), "k"));
    }
    if (random.nextInt(5) == 0) {
      spec.reversePeering("Manual");
    }
    if (random.nextInt(6) == 0) {
      spec.localWorkloadSelector("app == 'x'");
      spec.peerSelector(null);
      spec.peerIP(null);
    }
    if (random.nextInt(4) == 0) {
      spec.addFilter("f" + random.nextInt(2));
    }
    return new BGPPeer(ObjectMeta.named("p" + random.nextInt(4)), spec.build());
  }

  private BGPConfiguration configuration() {
    BGPConfigurationSpec.Builder spec = BGPConfigurationSpec.builder();
    String name;
    int which = random.nextInt(4);
    if (which < 2) {
      name = "default";
      spec.nodeToNodeMeshEnabled(random.nextInt(4) == 0 ? null : random.nextInt(3) == 0);
      spec.asNumber(maybe(ASNumber.of(64512 + random.nextInt(2))));
      if (random.nextInt(3) == 0) {
        spec.nodeMeshPassword(BGPPassword.fromSecret("s" + random.nextInt(2), "k"));
      }
      if (random.nextInt(3) == 0) {
        spec.addServiceClusterIP("10.96.0.0/12");
      }
    } else if (which == 2) {
      name = "node.n" + random.nextInt(NODES);
    } else {
      name = "other";
    }
    spec.logSeverityScreen(maybe(random.nextBoolean() ? "Debug" : "Info"));
    spec.listenPort(maybe(random.nextBoolean() ? 1790 : 179));
    return new BGPConfiguration(ObjectMeta.named(name), spec.build());
  }

  private BGPFilter filter() {
    BGPFilterRule rule = BGPFilterRule.builder()
        .match("In", random.nextBoolean() ? "10.0.0.0/8" : "10.1.0.0/16").action("Accept").build();
    return new BGPFilter(ObjectMeta.named("f" + random.nextInt(2)),
        new BGPFilterSpec(List.of(), List.of(rule), List.of(), List.of()));
  }

  private IPPool pool() {
    String cidr = random.nextBoolean() ? "10.244.0.0/16" : "10.245.0.0/16";
    return new IPPool(ObjectMeta.named("pool" + random.nextInt(2)), IPPoolSpec.ofCidr(cidr));
  }

  private BlockAffinity block() {
    int b = random.nextInt(4);
    return new BlockAffinity(ObjectMeta.named("b" + b), new BlockAffinity.Spec(
        random.nextBoolean() ? "confirmed" : "pending", "n" + random.nextInt(NODES), null,
        "10.244." + random.nextInt(4) + ".0/26", false));
  }

  private WorkloadEndpoint workload() {
    Map<String, String> labels = random.nextBoolean() ? Map.of("app", "x") : Map.of();
    List<String> networks = List.of("10.244.9." + random.nextInt(3) + "/32");
    return new WorkloadEndpoint(ObjectMeta.namespaced("ns", "w" + random.nextInt(3), labels),
        new WorkloadEndpoint.Spec(null, null, "n" + random.nextInt(NODES), null, null, null, null,
            networks, null, null, null, null, null, null, null, null));
  }

  private Secret secret() {
    return Secret.ofStrings(random.nextInt(4) == 0 ? "other" : "kube-system",
        "s" + random.nextInt(2), Map.of("k", "pw" + random.nextInt(3)));
  }

  private Service service() {
    Service.Spec spec = new Service.Spec(null, null, "10.96.0." + (1 + random.nextInt(2)),
        List.of("10.96.0.1"), random.nextBoolean() ? "ClusterIP" : "LoadBalancer", null, null,
        null, null, null, random.nextBoolean() ? "Local" : "Cluster", null, null,
        List.of("IPv4"), null, null, null, null, null);
    return new Service(ObjectMeta.namespaced("ns", "svc", Map.of()), spec, null);
  }

  private EndpointSlice endpointSlice() {
    EndpointSlice.Endpoint endpoint = new EndpointSlice.Endpoint(List.of("10.244.9.1"),
        null, null, null, "n" + random.nextInt(NODES), null);
    return new EndpointSlice(ObjectMeta.namespaced("ns", "svc-1",
        Map.of(EndpointSlice.SERVICE_NAME_LABEL, "svc")), "IPv4", List.of(endpoint), List.of());
  }

  /** Every kind this generator makes, to check that it reaches them all. */
  static List<ResourceKind> kinds() {
    return List.of(ResourceKind.values());
  }
}
