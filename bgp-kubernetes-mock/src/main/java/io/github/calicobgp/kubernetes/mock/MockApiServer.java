package io.github.calicobgp.kubernetes.mock;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.calicobgp.peering.live.DatastoreConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * fabric8's mock API server in CRUD mode, with Calico's custom resources declared: the stand-in
 * for a real API server in these tests, as none can be installed here. It stores what it is
 * given, assigns resource versions and serves lists and watches, as an API server does (but
 * applies no CRD schema or defaults). {@link #kubeconfig} writes a kubeconfig that points at it.
 *
 * <p>Its store (what etcd is to a real API server) outlives the HTTP server in front of it:
 * {@link #stop} takes the server away, {@link #replica} serves the same store on another port
 * (another API server of the same cluster, to write through meanwhile), and {@link #restart}
 * brings the server back on the same port with the store as it is then, its watch cache starting
 * at the restart (a watch from before gets 410 Gone, as from a restarted API server).
 */
public final class MockApiServer implements AutoCloseable {

  /** Calico's custom resources as its Kubernetes datastore stores them: kind and plural. */
  private static final String[][] CALICO_CRDS = {
    {"IPPool", "ippools"}, {"BGPConfiguration", "bgpconfigurations"}, {"BGPPeer", "bgppeers"},
    {"BGPFilter", "bgpfilters"}, {"BlockAffinity", "blockaffinities"},
  };
  private static final String CALICO_GROUP = "crd.projectcalico.org";
  /** Where Calico's v3 CRDs are installed instead. */
  private static final String CALICO_V3_GROUP = "projectcalico.org";

  private final WatchCacheDispatcher store;
  private final String url;
  private final String host;
  private final int port;
  private KubernetesMockServer server;
  private KubernetesClient client;
  private boolean running;

  /** A server with an empty store on a free loopback port. */
  public MockApiServer() {
    this(new WatchCacheDispatcher(crds()));
  }

  private MockApiServer(WatchCacheDispatcher store) {
    this.store = store;
    this.server = serve(store, null, 0);
    this.client = server.createClient();
    this.running = true;
    this.url = server.url("/").replaceAll("/$", "");
    this.host = server.getHostName();
    this.port = server.getPort();
  }

  private static List<CustomResourceDefinitionContext> crds() {
    List<CustomResourceDefinitionContext> crds = new ArrayList<>();
    for (String[] crd : CALICO_CRDS) {
      crds.add(context(crd));
      crds.add(context(crd, true));
    }
    return crds;
  }

  private static KubernetesMockServer serve(WatchCacheDispatcher store, String host, int port) {
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(),
        new HashMap<>(), store, false);
    if (host == null) {
      server.init();
    } else {
      try {
        server.init(InetAddress.getByName(host), port);
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    return server;
  }

  /**
   * Takes the server away: its port refuses connections and its watches end; the store stays.
   * Idempotent.
   */
  public synchronized void stop() {
    if (running) {
      running = false;
      client.close();
      server.destroy();
    }
  }

  /**
   * Brings the server back on the same port, over the store as it is now; a watch from a
   * resource version older than now gets 410 Gone, and its client relists.
   *
   * @throws IllegalStateException if it is running
   */
  public synchronized void restart() {
    if (running) {
      throw new IllegalStateException("running");
    }
    store.restarted();
    // Where the first server listened: its URL names that host and port.
    server = serve(store, host, port);
    client = server.createClient();
    running = true;
  }

  /**
   * Another server over the same store, on a free port: what is written through it is what this
   * server serves. Close it when done; the store is not closed with it.
   *
   * @return the replica, running
   */
  public MockApiServer replica() {
    return new MockApiServer(store);
  }

  /** {@return a client of this server (a new one after a restart)} */
  public synchronized KubernetesClient client() {
    return client;
  }

  /** {@return the server's URL, the same after a restart} */
  public String url() {
    return url;
  }

  /**
   * Writes a kubeconfig that points at this server.
   *
   * @param dir where
   * @return the file
   * @throws IOException if it cannot be written
   */
  public Path kubeconfig(Path dir) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(file, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster: {server: "%s"}
        users:
        - name: test
          user: {token: test}
        contexts:
        - name: mock
          context: {cluster: mock, user: test}
        current-context: mock
        """.formatted(url));
    return file;
  }

  /**
   * The datastore configuration of this server, through a kubeconfig written into {@code dir}.
   *
   * @param dir where the kubeconfig goes
   * @return the configuration
   * @throws IOException if the kubeconfig cannot be written
   */
  public DatastoreConfig config(Path dir) throws IOException {
    return DatastoreConfig.kubernetes(kubeconfig(dir));
  }

  /**
   * Creates or replaces objects given as YAML ({@code ---}-separated), Calico's custom
   * resources among them.
   *
   * @param yaml the objects
   */
  public void apply(String yaml) {
    for (HasMetadata object : parse(yaml)) {
      if (object instanceof GenericKubernetesResource g) {
        crd(g).resource(g).createOr(existing -> existing.update());
      } else {
        client().resource(object).createOr(existing -> existing.update());
      }
    }
  }

  /**
   * Deletes objects given as YAML (only their kind, namespace and name are read).
   *
   * @param yaml the objects
   */
  public void delete(String yaml) {
    for (HasMetadata object : parse(yaml)) {
      if (object instanceof GenericKubernetesResource g) {
        crd(g).withName(g.getMetadata().getName()).delete();
      } else {
        client().resource(object).delete();
      }
    }
  }

  /** {@return every object the server holds of the kinds the source reads, as kubectl prints them} */
  public String dump() {
    List<HasMetadata> all = new ArrayList<>();
    for (String[] crd : CALICO_CRDS) {
      all.addAll(client().genericKubernetesResources(context(crd)).list().getItems());
    }
    all.addAll(client().nodes().list().getItems());
    all.addAll(client().secrets().inAnyNamespace().list().getItems());
    all.addAll(client().services().inAnyNamespace().list().getItems());
    all.addAll(client().discovery().v1().endpointSlices().inAnyNamespace().list().getItems());
    StringBuilder yaml = new StringBuilder();
    for (HasMetadata object : all) {
      yaml.append(client().getKubernetesSerialization().asYaml(object)).append("\n---\n");
    }
    return yaml.toString();
  }

  private static CustomResourceDefinitionContext context(String[] crd) {
    return context(crd, false);
  }

  private static CustomResourceDefinitionContext context(String[] crd, boolean v3) {
    return new CustomResourceDefinitionContext.Builder()
        .withGroup(v3 ? CALICO_V3_GROUP : CALICO_GROUP).withVersion(v3 ? "v3" : "v1")
        .withKind(crd[0])
        .withPlural(crd[1]).withScope("Cluster").build();
  }

  private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<GenericKubernetesResource,
      io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
      io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>> crd(
      GenericKubernetesResource g) {
    for (String[] crd : CALICO_CRDS) {
      if (crd[0].equals(g.getKind())) {
        return client().genericKubernetesResources(
            context(crd, g.getApiVersion().equals(CALICO_V3_GROUP + "/v3")));
      }
    }
    throw new IllegalArgumentException("not a Calico custom resource: " + g.getKind());
  }

  private List<HasMetadata> parse(String yaml) {
    List<HasMetadata> objects = new ArrayList<>();
    for (String doc : yaml.split("(?m)^---\\s*$")) {
      if (doc.isBlank()) {
        continue;
      }
      Object parsed = client().getKubernetesSerialization().unmarshal(doc);
      List<? extends HasMetadata> items = parsed instanceof io.fabric8.kubernetes.api.model.KubernetesResourceList<?> list
          ? list.getItems() : List.of((HasMetadata) parsed);
      for (HasMetadata item : items) {
        // What the server sets itself: a create that carries it is refused.
        item.getMetadata().setResourceVersion(null);
        item.getMetadata().setUid(null);
        item.getMetadata().setCreationTimestamp(null);
        item.getMetadata().setManagedFields(null);
        item.getMetadata().setGeneration(null);
        objects.add(item);
      }
    }
    return objects;
  }

  @Override
  public void close() {
    stop();
  }
}
