package io.github.calicobgp.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.github.calicobgp.peering.live.DatastoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the fabric8 client a {@link KubernetesSource} uses, as calico-node configures its own. */
public final class KubernetesClients {

  private KubernetesClients() {}

  /**
   * A client for the API server {@code config} names, with {@link KubernetesSettings#defaults()}'s
   * retries and timeouts.
   *
   * @param config the datastore; only its kubeconfig is read
   * @return the client, which connects lazily
   * @throws IllegalArgumentException when the kubeconfig file does not exist or does not parse
   */
  public static KubernetesClient build(DatastoreConfig config) {
    return build(config, KubernetesSettings.defaults());
  }

  /**
   * A client for the API server {@code config} names: its kubeconfig file when it has one (as
   * libcalico-go's {@code CreateKubernetesClientset} takes {@code KUBECONFIG} as the one file to
   * read), else fabric8's defaults: {@code ~/.kube/config}, else the in-cluster service account.
   *
   * @param config the datastore; only its kubeconfig is read
   * @param settings the informers' retry interval and the connection timeout
   * @return the client, which connects lazily
   * @throws IllegalArgumentException when the kubeconfig file does not exist or does not parse
   */
  public static KubernetesClient build(DatastoreConfig config, KubernetesSettings settings) {
    Path kubeconfig = config.kubeconfig();
    Config clientConfig;
    if (kubeconfig != null) {
      if (!Files.isRegularFile(kubeconfig)) {
        throw new IllegalArgumentException("kubeconfig " + kubeconfig + ": no such file");
      }
      try {
        clientConfig = Config.fromKubeconfig(kubeconfig.toFile());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("kubeconfig " + kubeconfig + ": " + e.getMessage(), e);
      }
    } else {
      clientConfig = Config.autoConfigure(null);
    }
    // The informers retry a failed list or watch themselves, with backoff; a request retrying
    // on its own first would only hide for seconds that the server cannot be reached.
    clientConfig.setRequestRetryBackoffLimit(0);
    // The informers' own retries: a list, and a watch whose connection is lost, are tried again
    // after this, doubling up to 32 times as long, without limit.
    clientConfig.setWatchReconnectInterval(millis(settings.reconnectInterval()));
    clientConfig.setWatchReconnectLimit(-1);
    clientConfig.setConnectionTimeout(millis(settings.connectTimeout()));
    // HTTP/2 only over TLS, as client-go (Go's net/http) speaks it: over plain http:// (kubectl
    // proxy, a test server) the JDK's client would try an h2c upgrade, which a server may leave
    // unanswered until the request times out.
    String server = clientConfig.getMasterUrl();
    if (server != null && server.regionMatches(true, 0, "http://", 0, 7)) {
      clientConfig.setHttp2Disable(true);
    }
    return new KubernetesClientBuilder().withConfig(clientConfig).build();
  }

  private static int millis(java.time.Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }
}
