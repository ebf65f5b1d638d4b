package io.github.calicobgp.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Failing properties over generated clusters shrink to the smallest cluster that still fails. */
class ShrinkingProperties {

  @Provide
  Arbitrary<CalicoCluster> clusters() {
    return CalicoArbitraries.clusters();
  }

  @Provide
  Arbitrary<ClusterDesign> designs() {
    return CalicoArbitraries.clusterDesigns();
  }

  @Property(tries = 200, seed = "42")
  @ShrinksTo("CalicoCluster[5 nodes, IPv4, mesh, AS 64512]")
  void aClusterWithFiveNodesShrinksToThePlainestOne(@ForAll("clusters") CalicoCluster cluster) {
    assertThat(cluster.nodes()).filteredOn(node -> !node.isRouteReflector()).hasSizeLessThan(5);
  }

  @Property(tries = 200, seed = "42")
  @ShrinksTo("ClusterDesign[nodes=1, routeReflectors=1, separateClusterIds=false, mesh=null,"
      + " addressing=IPV4, mixedFamilies=false, asNumber=64512, ownAsNodes=0, racks=1,"
      + " perRackAs=false, zones=0, selectorPeerings=[], externalPeers=0, filters=[],"
      + " passwords=false, localWorkloads=false, listenPort=null, encapsulation=NONE,"
      + " birdProgramsClusterRoutes=false, corners=none]")
  void aDesignWithReflectorsAndRacksShrinksToOneOfEach(@ForAll("designs") ClusterDesign design) {
    assertThat(design.routeReflectors() > 0 && design.racks() > 0).isFalse();
  }

  @Property(tries = 200, seed = "42")
  @ShrinksTo("CalicoCluster[1 node, IPv4, mesh, AS 64512, 1 more resources,"
      + " node.node-1 {prefixAdvertisements: []}, etcd datastore]")
  void aClusterWithAnEmptyListOnEtcdShrinksToOneNodeConfiguration(
      @ForAll("clusters") CalicoCluster cluster) {
    boolean emptyListOnEtcd = cluster.datastore() == Datastore.ETCD
        && cluster.resources().all().stream().anyMatch(r -> r instanceof BGPConfiguration c
            && c.spec().prefixAdvertisements() != null
            && c.spec().prefixAdvertisements().isEmpty());
    assertThat(emptyListOnEtcd).isFalse();
  }
}
