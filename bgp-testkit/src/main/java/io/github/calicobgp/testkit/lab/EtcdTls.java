package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Throwaway certificates for a test etcd served over TLS, made with the {@code openssl} command
 * (Debian package {@code openssl}): a CA, a server certificate for {@code IP:127.0.0.1} and a
 * client certificate it signed, and a second, unrelated CA for tests that trust the wrong one.
 * Keys are unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), which both etcd and netty read.
 *
 * @param caCert the CA that signed the server and client certificates
 * @param serverCert the server certificate (subject alternative name {@code IP:127.0.0.1})
 * @param serverKey the server certificate's key
 * @param clientCert the client certificate (extended key usage {@code clientAuth})
 * @param clientKey the client certificate's key
 * @param foreignCaCert a CA that signed nothing of this server's
 */
public record EtcdTls(
    Path caCert, Path serverCert, Path serverKey, Path clientCert, Path clientKey,
    Path foreignCaCert) {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** The extensions each kind of certificate gets, one section each. */
  private static final String CONFIG = String.join("\n",
      "[req]",
      "distinguished_name = dn",
      "[dn]",
      "[ca]",
      "basicConstraints = critical,CA:TRUE",
      "keyUsage = critical,keyCertSign,cRLSign",
      "subjectKeyIdentifier = hash",
      "[server]",
      "basicConstraints = CA:FALSE",
      "keyUsage = critical,digitalSignature,keyEncipherment",
      "extendedKeyUsage = serverAuth",
      "subjectAltName = IP:127.0.0.1",
      "[client]",
      "basicConstraints = CA:FALSE",
      "keyUsage = critical,digitalSignature,keyEncipherment",
      "extendedKeyUsage = clientAuth",
      "");

  /**
   * Generates a CA, a server and a client certificate, and a foreign CA, in {@code directory},
   * valid for two days.
   *
   * @param directory an existing directory to write the files into
   * @return the files
   * @throws LabException when {@code openssl} is missing or fails
   */
  public static EtcdTls generate(Path directory) {
    String openssl = Executables.require("openssl", "openssl");
    Path config = directory.resolve("openssl.cnf");
    try {
      Files.writeString(config, CONFIG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path ca = selfSigned(openssl, config, directory, "ca", "calico-bgp test CA");
    Path foreign = selfSigned(openssl, config, directory, "foreign-ca", "calico-bgp foreign CA");
    Path server = signed(openssl, config, directory, "server", "etcd-server", ca, 1);
    Path client = signed(openssl, config, directory, "client", "etcd-client", ca, 2);
    return new EtcdTls(ca, server, key(directory, "server"), client, key(directory, "client"),
        foreign);
  }

  private static Path selfSigned(
      String openssl, Path config, Path dir, String name, String commonName) {
    run(List.of(openssl, "req", "-x509", "-config", config.toString(), "-extensions", "ca",
        "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + commonName,
        "-keyout", key(dir, name).toString(), "-out", cert(dir, name).toString()));
    return cert(dir, name);
  }

  private static Path signed(String openssl, Path config, Path dir, String name,
      String commonName, Path ca, int serial) {
    Path csr = dir.resolve(name + ".csr");
    run(List.of(openssl, "req", "-new", "-config", config.toString(),
        "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + commonName,
        "-keyout", key(dir, name).toString(), "-out", csr.toString()));
    List<String> sign = new ArrayList<>(List.of(openssl, "x509", "-req", "-in", csr.toString(),
        "-CA", ca.toString(), "-CAkey", key(dir, "ca").toString(),
        "-set_serial", Integer.toString(serial), "-days", "2",
        "-extfile", config.toString(), "-extensions", name, "-out", cert(dir, name).toString()));
    run(sign);
    return cert(dir, name);
  }

  private static void run(List<String> command) {
    Commands.Result r = Commands.run(command, TIMEOUT);
    if (r.exitCode() != 0) {
      throw new LabException("`" + String.join(" ", command) + "` exited with " + r.exitCode()
          + ": " + r.output());
    }
  }

  private static Path key(Path dir, String name) {
    return dir.resolve(name + ".key");
  }

  private static Path cert(Path dir, String name) {
    return dir.resolve(name + ".crt");
  }
}
