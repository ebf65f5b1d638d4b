package io.github.calicobgp.peering;

import static io.github.calicobgp.peering.Fixtures.defaultConfig;
import static io.github.calicobgp.peering.Fixtures.node;
import static io.github.calicobgp.peering.Fixtures.nodeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.live.LiveCluster;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cluster state plans its resources in the stored form of the datastore they come from, as
 * planning from scratch does: on Calico's etcd no CRD default is added, so a {@code node.<name>}
 * BGPConfiguration written only for a port leaves the node the global {@code Debug} level, where
 * the Kubernetes API would have stored {@code logSeverityScreen: Info} on it.
 */
class ClusterStateDatastoreTest {

  private static final PeeringEngine ENGINE = new PeeringEngine();

  private static final List<Resource> PORT_ONLY_NODE_CONFIGURATION = List.of(
      defaultConfig(c -> c.logSeverityScreen("Debug").nodeToNodeMeshEnabled(false)),
      nodeConfig("n1", c -> c.listenPort(1790)),
      node("n1").v4("10.0.0.1/24").build(),
      node("n2").v4("10.0.0.2/24").build());

  private static LogLevel n1(ClusterState state) {
    return state.plan().node("n1").orElseThrow().logLevel();
  }

  @Test
  void aStateOfEtcdResourcesPlansThemWithoutCrdDefaults() {
    ClusterState etcd = ClusterState.empty(ENGINE, Datastore.ETCD);
    etcd.apply(PORT_ONLY_NODE_CONFIGURATION.stream().map(ResourceEvent::upsert).toList());

    assertThat(n1(etcd)).isEqualTo(LogLevel.DEBUG);
    assertThat(etcd.plan().nodes()).isEqualTo(
        ENGINE.planAll(ClusterSnapshot.of(PORT_ONLY_NODE_CONFIGURATION, Datastore.ETCD)).nodes());
    assertThat(n1(ClusterState.of(PORT_ONLY_NODE_CONFIGURATION, ENGINE))).isEqualTo(LogLevel.INFO);
  }

  @Test
  void aStateNumberedAfreshAfterManyNodesLeftKeepsItsDatastore() {
    ClusterState state = ClusterState.of(PORT_ONLY_NODE_CONFIGURATION, ENGINE, Datastore.ETCD);
    List<ResourceEvent> come = new ArrayList<>();
    List<ResourceEvent> go = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      Resource extra = node("x-" + i).v4("10.1." + i / 200 + "." + (i % 200 + 1) + "/16").build();
      come.add(ResourceEvent.upsert(extra));
      go.add(ResourceEvent.delete(ResourceKey.of(extra)));
    }
    state.apply(come);
    state.apply(go); // more unused positions than nodes: the state numbers its nodes afresh

    assertThat(state.plan().snapshot().datastore()).isEqualTo(Datastore.ETCD);
    assertThat(n1(state)).isEqualTo(LogLevel.DEBUG);
  }

  @Test
  void aLiveClusterPlansInTheStoredFormOfItsSourcesDatastore() throws InterruptedException {
    ResourceSource etcd = new ResourceSource() {
      @Override
      public void start(SourceListener listener) {
        listener.events(PORT_ONLY_NODE_CONFIGURATION.stream().map(ResourceEvent::upsert).toList());
        listener.inSync();
      }

      @Override
      public Datastore datastore() {
        return Datastore.ETCD;
      }

      @Override
      public String description() {
        return "etcd in a test";
      }

      @Override
      public void close() {}
    };
    try (LiveCluster live = new LiveCluster(etcd, ENGINE).start()) {
      assertThat(live.awaitInSync(Duration.ofSeconds(5))).isTrue();
      assertThat(n1(live.state())).isEqualTo(LogLevel.DEBUG);
    }
  }
}
