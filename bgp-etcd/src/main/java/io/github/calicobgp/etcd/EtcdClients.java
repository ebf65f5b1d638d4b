package io.github.calicobgp.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds jetcd clients the way calico-node connects to etcd: endpoints, TLS files, a user. */
public final class EtcdClients {

  private EtcdClients() {}

  /**
   * A client for {@code config}'s endpoints, with TLS when an endpoint is {@code https} or a
   * certificate file is given, and authentication when a user is given.
   *
   * @param config the datastore configuration (its etcd part)
   * @return a client (which connects lazily)
   * @throws IllegalArgumentException when an endpoint is not a URL, there is none, a file cannot
   *     be read, or a certificate is given without its key
   */
  public static Client build(DatastoreConfig config) {
    List<URI> endpoints = endpoints(config.etcdEndpoints());
    ClientBuilder b = Client.builder()
        .endpoints(endpoints)
        .connectTimeout(Duration.ofSeconds(2))
        .waitForReady(false)
        .retryMaxAttempts(1)
        .maxInboundMessageSize(64 * 1024 * 1024);
    boolean tls = endpoints.stream().anyMatch(u -> "https".equalsIgnoreCase(u.getScheme()))
        || config.etcdCaCertFile() != null || config.etcdCertFile() != null;
    if (tls) {
      b.sslContext(sslContext(config));
    }
    if (config.etcdUsername() != null) {
      b.user(ByteSequence.from(config.etcdUsername(), StandardCharsets.UTF_8));
      String password = config.etcdPassword() == null ? "" : config.etcdPassword();
      b.password(ByteSequence.from(password, StandardCharsets.UTF_8));
    }
    return b.build();
  }

  private static io.netty.handler.ssl.SslContext sslContext(DatastoreConfig config) {
    if ((config.etcdCertFile() == null) != (config.etcdKeyFile() == null)) {
      throw new IllegalArgumentException(
          "etcd: a client certificate needs its key, and a key its certificate"
              + " (ETCD_CERT_FILE and ETCD_KEY_FILE)");
    }
    Path ca = config.etcdCaCertFile() == null ? null : readable(config.etcdCaCertFile(), "CA certificate");
    Path cert = config.etcdCertFile() == null ? null : readable(config.etcdCertFile(), "certificate");
    Path key = config.etcdKeyFile() == null ? null : readable(config.etcdKeyFile(), "key");
    try {
      SslContextBuilder ssl = GrpcSslContexts.forClient();
      if (ca != null) {
        ssl.trustManager(ca.toFile());
      }
      if (cert != null && key != null) {
        ssl.keyManager(cert.toFile(), key.toFile());
      }
      return ssl.build();
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("etcd: cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static Path readable(Path file, String what) {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("etcd: cannot read the " + what + " file " + file);
    }
    return file;
  }

  private static List<URI> endpoints(List<String> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("etcd: no endpoint given (ETCD_ENDPOINTS)");
    }
    List<URI> uris = new ArrayList<>();
    for (String text : texts) {
      uris.add(endpoint(text));
    }
    return uris;
  }

  private static URI endpoint(String text) {
    @Nullable URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null || uri.getPort() < 0
        || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "etcd: endpoint \"" + text + "\" is not a URL like http://127.0.0.1:2379");
    }
    return uri;
  }

}
