package io.github.calicobgp.peering.diagnostics;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** A small cluster for analysis tests, built resource by resource. */
public final class TestCluster {

  private final List<Resource> resources = new ArrayList<>();

  public static TestCluster cluster() {
    return new TestCluster();
  }

  /** An IPv4 node in the default AS, with labels given as {@code key=value}. */
  public TestCluster node(String name, String v4, String... labels) {
    return nodeWith(name, v4, null, null, null, labels);
  }

  /** A node with any of its BGP fields. */
  public TestCluster nodeWith(String name, @Nullable String v4, @Nullable String v6,
      @Nullable Long as, @Nullable String clusterId, String... labels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String label : labels) {
      String[] kv = label.split("=", 2);
      map.put(kv[0], kv[1]);
    }
    NodeSpec spec = NodeSpec.ofBgp(new NodeSpec.BGP(
        as == null ? null : ASNumber.of(as), v4, v6, null, clusterId));
    resources.add(new Node(ObjectMeta.named(name, map), spec));
    return this;
  }

  /** A route reflector labelled {@code route-reflector=true}. */
  public TestCluster reflector(String name, String v4, String clusterId) {
    return nodeWith(name, v4, null, null, clusterId, "route-reflector=true");
  }

  public TestCluster peer(String name, UnaryOperator<BGPPeerSpec.Builder> spec) {
    resources.add(new BGPPeer(ObjectMeta.named(name), spec.apply(BGPPeerSpec.builder()).build()));
    return this;
  }

  public TestCluster config(UnaryOperator<BGPConfigurationSpec.Builder> spec) {
    return config("default", spec);
  }

  public TestCluster config(String name, UnaryOperator<BGPConfigurationSpec.Builder> spec) {
    resources.add(new BGPConfiguration(
        ObjectMeta.named(name), spec.apply(BGPConfigurationSpec.builder()).build()));
    return this;
  }

  public TestCluster meshOff() {
    return config(c -> c.nodeToNodeMeshEnabled(false));
  }

  /** A Secret in {@code kube-system}, where calico-node reads passwords by default. */
  /** Adds a Secret of kube-system with these base64 {@code data} values. */
  public TestCluster encodedSecret(String name, Map<String, String> data) {
    resources.add(new Secret(io.github.calicobgp.api.resource.ObjectMeta.namespaced(
        "kube-system", name, Map.of()), null, data, null, "Opaque"));
    return this;
  }

  public TestCluster secret(String name, Map<String, String> values) {
    resources.add(Secret.ofStrings("kube-system", name, values));
    return this;
  }

  /** A BGPFilter that accepts imports of one IPv4 CIDR. */
  public TestCluster filter(String name) {
    BGPFilterRule rule = BGPFilterRule.builder().match("In", "10.0.0.0/8").action("Accept").build();
    resources.add(new BGPFilter(
        ObjectMeta.named(name), new BGPFilterSpec(List.of(), List.of(rule), List.of(), List.of())));
    return this;
  }

  public ClusterPlan plan() {
    return new PeeringEngine().planAll(ClusterSnapshot.of(resources));
  }

  public List<Finding> findings() {
    return Diagnostics.of(plan());
  }

  /** The findings of one code. */
  public List<Finding> findings(FindingCode code) {
    return findings().stream().filter(f -> f.code() == code).toList();
  }
}
