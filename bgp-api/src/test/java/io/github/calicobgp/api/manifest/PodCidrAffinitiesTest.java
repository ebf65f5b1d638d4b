package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With Calico's {@code usePodCIDR} (host-local IPAM), the BGP syncer ignores BlockAffinity
 * resources and derives one confirmed affinity per pod CIDR of each Node instead
 * ({@code bgpsyncer.go}, {@code bgpnodeprocessor.go}).
 */
class PodCidrAffinitiesTest {

  private static final String CLUSTER = """
      apiVersion: v1
      kind: List
      items:
      - apiVersion: v1
        kind: Node
        metadata:
          name: n1
          annotations: {projectcalico.org/IPv4Address: 10.0.0.1/24}
        spec: {podCIDR: 10.244.1.0/24, podCIDRs: [10.244.1.5/24, "fd00:1::/64", not-a-cidr]}
      - apiVersion: projectcalico.org/v3
        kind: Node
        metadata: {name: n2}
        spec: {bgp: {ipv4Address: 10.0.0.2/24}}
        status: {podCIDRs: [10.244.2.0/24]}
      - apiVersion: crd.projectcalico.org/v1
        kind: BlockAffinity
        metadata: {name: n1-10-99-0-0-26}
        spec: {state: confirmed, node: n1, cidr: 10.99.0.0/26, deleted: "false"}
      """;

  private static List<BlockAffinity> affinities(boolean usePodCIDR) {
    return Manifests.read(CLUSTER, "c.yaml", ReadOptions.DEFAULT.withUsePodCIDR(usePodCIDR))
        .ofType(BlockAffinity.class);
  }

  @Test
  void withUsePodCidrEachNodesPodCidrsAreItsConfirmedBlocks() {
    assertThat(affinities(true))
        .extracting(a -> a.metadata().name() + " " + a.spec().node() + " " + a.spec().cidr()
            + " " + a.spec().state())
        .containsExactly(
            "n1-10-244-1-0-24 n1 10.244.1.0/24 confirmed",
            "n1-fd00-1---64 n1 fd00:1::/64 confirmed",
            "n2-10-244-2-0-24 n2 10.244.2.0/24 confirmed");
  }

  @Test
  void withoutItTheDatastoresBlockAffinitiesAreTheBlocks() {
    assertThat(affinities(false)).extracting(a -> a.spec().cidr())
        .containsExactly("10.99.0.0/26");
  }

  @Test
  void theNodesThemselvesAreUnchangedBesideTheirBlocks() {
    ResourceSet set =
        Manifests.read(CLUSTER, "c.yaml", ReadOptions.DEFAULT.withUsePodCIDR(true));
    assertThat(set.ofType(Node.class)).extracting(n -> n.metadata().name())
        .containsExactly("n1", "n2");
    assertThat(set.ofType(Node.class).get(0).status().podCIDRs())
        .containsExactly("10.244.1.5/24", "fd00:1::/64", "not-a-cidr");
  }
}
